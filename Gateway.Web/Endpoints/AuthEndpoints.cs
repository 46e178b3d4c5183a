using Microsoft.AspNetCore.Authentication;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Sign-in: a cookie for the web UI (<c>/sign-in</c>) or a short-lived bearer token with a refresh
/// token for API clients (<c>/token</c>, <c>/refresh</c>); each opens a session that sign-out,
/// an account change or its absolute lifetime ends. The rules are <see cref="SignInService"/>'s.
/// </summary>
internal static class AuthEndpoints
{
    public const string SignInLimit = "sign-in";

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("SignIn").Produces<MeView>();
        auth.MapPost("/token", TokenAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("Token").Produces<TokenView>()
            .WithSummary("Answers { tokenType, accessToken, expiresIn, refreshToken }; send 'Authorization: Bearer {accessToken}'.");
        auth.MapPost("/refresh", RefreshAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("RefreshToken").Produces<TokenView>()
            .WithSummary("Exchanges a refresh token (usable once) for a new access token and refresh token of the same session.");
        auth.MapPost("/change-password", ChangePasswordAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("ChangePassword")
            .WithSummary("The clerk's new password, proven by the current one; ends every session of the account.");
        auth.MapPost("/sign-out", SignOutAsync).RequireAuthorization().WithName("SignOut");
        auth.MapGet("/me", (HttpContext context) =>
        {
            var user = CurrentClerk.From(context.User);
            return Results.Ok(new MeView(user.Id, user.DisplayName, user.Role, user.Point.Value));
        }).RequireAuthorization().WithName("Me").Produces<MeView>();
    }

    private static async Task<IResult> SignInAsync(SignInBody body, HttpContext context, SignInService signIn)
    {
        var done = await signIn.SignInAsync(body.ClerkId, body.Password, SessionStore.CookieKind, AuditEvent.AddressOf(context), context.RequestAborted);
        await context.SignInAsync(AuthenticationSetup.Cookie, CurrentClerk.PrincipalOf(done.Account, done.Ticket, AuthenticationSetup.Cookie));
        return Results.Ok(new MeView(done.Account.Id, done.Account.DisplayName, done.Account.Role, done.Account.PointCode));
    }

    private static async Task<IResult> TokenAsync(SignInBody body, HttpContext context, SignInService signIn, TokenIssuer tokens)
    {
        var done = await signIn.SignInAsync(body.ClerkId, body.Password, SessionStore.BearerKind, AuditEvent.AddressOf(context), context.RequestAborted);
        return Results.Ok(tokens.Issue(done.Account, done.Ticket, done.RefreshToken!));
    }

    private static async Task<IResult> RefreshAsync(RefreshBody body, HttpContext context, SessionStore sessions, TokenIssuer tokens, SessionEnds ends)
    {
        if (string.IsNullOrWhiteSpace(body.RefreshToken) || body.RefreshToken.Length > 200)
        {
            throw DomainException.Invalid("refreshToken", "text.required", "refreshToken is required.");
        }

        var next = RefreshToken.New();
        var outcome = await sessions.RotateAsync(RefreshToken.HashOf(body.RefreshToken), next.Hash, AuditEvent.AddressOf(context), context.RequestAborted);
        if (outcome is { Account: { } account, Ticket: { } ticket })
        {
            return Results.Ok(tokens.Issue(account, ticket, next.Token));
        }

        if (outcome.ReplayOf is { } clerkId)
        {
            await ends.AccountChangedAsync(clerkId);
        }

        throw new SignInFailedException(
            "This refresh token is unknown, already used, expired or revoked (signed out, or the account changed); sign in again.",
            "auth.refreshInvalid", "refreshToken");
    }

    private static async Task<IResult> ChangePasswordAsync(ChangePasswordBody body, HttpContext context, SignInService signIn)
    {
        await signIn.ChangePasswordAsync(body.ClerkId, body.CurrentPassword, body.NewPassword, AuditEvent.AddressOf(context), context.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SessionStore sessions, SessionEnds ends)
    {
        var user = CurrentClerk.From(context.User);
        if (SessionTicket.Of(context.User) is { } ticket)
        {
            var record = new AuditEvent(user.Id, "sign-out", user.Id, AuditEvent.AddressOf(context), AuditEvent.Succeeded);
            await sessions.RevokeAsync(ticket.Session, record, context.RequestAborted);
        }

        if (context.User.Identity?.AuthenticationType == AuthenticationSetup.Cookie)
        {
            await context.SignOutAsync(AuthenticationSetup.Cookie);
        }

        await ends.AccountChangedAsync(user.Id);
        return Results.NoContent();
    }
}
