namespace Network.Gateway.Security;

/// <summary>
/// Makes a change made through this gateway (sign-out, an account change, a password change) take
/// effect here at once: what the gateway had read of the clerk's sessions is dropped and the
/// clerk's hub connections are re-validated. Other gateways see it within their re-validation window.
/// </summary>
public sealed class SessionEnds(SessionValidator validator, HubSessions hubs)
{
    public async Task AccountChangedAsync(string clerkId)
    {
        validator.Forget(clerkId);
        await hubs.RevalidateAsync(clerkId, CancellationToken.None);
    }
}
