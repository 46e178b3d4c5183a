namespace Network.Gateway.Contracts;

public sealed record SignInBody(string ClerkId, string Password);

/// <summary>The signed-in user.</summary>
public sealed record MeView(string Id, string DisplayName, string Role, string PointCode);
