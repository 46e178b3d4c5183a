using Microsoft.AspNetCore.Authentication;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Endpoints;

/// <summary>Sign-in: a cookie for the web UI (<c>/sign-in</c>) or a bearer token for API clients (<c>/token</c>).</summary>
internal static class AuthEndpoints
{
    public const string SignInLimit = "sign-in";

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("SignIn").Produces<MeView>();
        auth.MapPost("/token", TokenAsync).AllowAnonymous().RequireRateLimiting(SignInLimit).WithName("Token")
            .WithSummary("Answers { tokenType, accessToken, expiresIn, refreshToken }; send 'Authorization: Bearer {accessToken}'.");
        auth.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthenticationSetup.Cookie);
            return Results.NoContent();
        }).RequireAuthorization().WithName("SignOut");
        auth.MapGet("/me", (HttpContext context) =>
        {
            var user = CurrentClerk.From(context.User);
            return Results.Ok(new MeView(user.Id, user.DisplayName, user.Role, user.Point.Value));
        }).RequireAuthorization().WithName("Me").Produces<MeView>();
    }

    private static async Task<IResult> SignInAsync(SignInBody body, HttpContext context, AccountStore accounts)
    {
        var account = await CheckAsync(body, accounts, context.RequestAborted);
        await context.SignInAsync(AuthenticationSetup.Cookie, CurrentClerk.PrincipalOf(account, AuthenticationSetup.Cookie));
        return Results.Ok(new MeView(account.Id, account.DisplayName, account.Role, account.PointCode));
    }

    private static async Task<IResult> TokenAsync(SignInBody body, HttpContext context, AccountStore accounts)
    {
        var account = await CheckAsync(body, accounts, context.RequestAborted);
        return Results.SignIn(CurrentClerk.PrincipalOf(account, AuthenticationSetup.Bearer), authenticationScheme: AuthenticationSetup.Bearer);
    }

    private static async Task<ClerkAccount> CheckAsync(SignInBody body, AccountStore accounts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.ClerkId) || body.ClerkId.Length > 64)
        {
            throw DomainException.Invalid("clerkId", "text.required", "clerkId is required.");
        }

        var account = await accounts.FindAsync(body.ClerkId.Trim(), cancellationToken);
        // Verify against a decoy when there is no such account, so timing does not tell.
        var valid = PasswordHasher.Verify(body.Password ?? string.Empty, account?.PasswordHash ?? PasswordHasher.Decoy);
        if (account is null || !valid || account.Disabled)
        {
            throw new SignInFailedException();
        }

        return account;
    }
}
