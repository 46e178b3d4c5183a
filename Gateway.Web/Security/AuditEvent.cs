namespace Network.Gateway.Security;

/// <summary>
/// One row of the append-only audit log (<c>audit_event</c>): who (<see cref="ActorId"/>, null
/// when nobody is signed in), did what (<see cref="Action"/>) to which account (<see cref="SubjectId"/>),
/// when, from which address, with what <see cref="Outcome"/>.
/// </summary>
public sealed record AuditEvent(string? ActorId, string Action, string? SubjectId, string? Address, string Outcome, string? Detail = null)
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Refused = "refused";

    /// <summary>The client address of a request.</summary>
    public static string? AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
