namespace Network.Gateway.Security;

/// <summary>An account of the gateway. <see cref="Id"/> is the clerk id the grains know.</summary>
public sealed record ClerkAccount(string Id, string DisplayName, string Role, string PointCode, string PasswordHash, bool Disabled = false);
