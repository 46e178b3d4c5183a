namespace Network.Gateway.Contracts;

public sealed record SignInBody(string ClerkId, string Password);

/// <summary>The signed-in user.</summary>
public sealed record MeView(string Id, string DisplayName, string Role, string PointCode);

/// <summary>
/// A bearer token (<c>POST /api/auth/token</c> and <c>/refresh</c>): send <c>Authorization: Bearer {accessToken}</c>;
/// before <see cref="ExpiresIn"/> seconds have passed, exchange <see cref="RefreshToken"/> (usable once) for a new pair.
/// </summary>
public sealed record TokenView(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>The refresh token of the last <see cref="TokenView"/>.</summary>
public sealed record RefreshBody(string RefreshToken);

/// <summary>A clerk's own new password, proven by the current one (also after an administrator's reset).</summary>
public sealed record ChangePasswordBody(string ClerkId, string CurrentPassword, string NewPassword);
