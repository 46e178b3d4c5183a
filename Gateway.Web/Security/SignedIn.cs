namespace Network.Gateway.Security;

/// <summary>A successful sign-in: the account, its new session, and the refresh token of a bearer session.</summary>
public sealed record SignedIn(ClerkAccount Account, SessionTicket Ticket, string? RefreshToken);
