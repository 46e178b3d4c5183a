namespace Network.Gateway.Security;

/// <summary>
/// One row of the append-only, hash-chained audit log (<c>audit_event</c>, <see cref="AuditChain"/>):
/// who (<see cref="ActorId"/>, the signed-in account; null when nobody is signed in), did what
/// (<see cref="Action"/>) to what (<see cref="SubjectId"/>: an account id, a point code, a window as
/// <c>point/window</c>, <c>CN</c> for the holiday calendar), when, from which address, with what
/// <see cref="Outcome"/>.
/// </summary>
public sealed record AuditEvent(string? ActorId, string Action, string? SubjectId, string? Address, string Outcome, string? Detail = null)
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Refused = "refused";

    /// <summary>The client address of a request.</summary>
    public static string? AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
