namespace Network.Gateway.Security;

/// <summary>
/// The outcome of presenting a refresh token: the account and session of a new pair, or nothing;
/// <see cref="ReplayOf"/> names the clerk whose session a replayed token just revoked.
/// </summary>
public sealed record RefreshOutcome(ClerkAccount? Account, SessionTicket? Ticket, string? ReplayOf);
