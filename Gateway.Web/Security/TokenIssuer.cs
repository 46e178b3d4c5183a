using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Network.Gateway.Contracts;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Bearer access tokens: protected by the bearer scheme's own protector (data protection keys in
/// PostgreSQL, so every gateway accepts them), valid <c>Gateway:AccessTokenMinutes</c> and never
/// past the end of their session; the refresh token beside it is the session's (stored hashed).
/// </summary>
public sealed class TokenIssuer(IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, IOptions<GatewayOptions> options)
{
    public TokenView Issue(ClerkAccount account, SessionTicket ticket, string refreshToken)
    {
        var now = clock.GetUtcNow();
        var expires = Min(now + TimeSpan.FromMinutes(options.Value.AccessTokenMinutes), ticket.ExpiresAt);
        var principal = CurrentClerk.PrincipalOf(account, ticket, AuthenticationSetup.Bearer);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires };
        var token = bearer.Get(AuthenticationSetup.Bearer).BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, AuthenticationSetup.Bearer));
        return new TokenView("Bearer", token, (long)Math.Max(0, Math.Round((expires - now).TotalSeconds)), refreshToken);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
