using System.Net;
using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Tests.Infrastructure;

namespace Network.Gateway.Tests;

/// <summary>
/// Sessions that can be revoked (issue 14): every request is re-validated against the account
/// (cached per gateway for at most the window), cookies have an absolute lifetime besides the
/// sliding one, bearer tokens are short-lived and renewed by a refresh token used once.
/// </summary>
[Collection(SessionCollection.Name)]
public sealed class SessionTests(SessionFixture fx)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_clerk_disabled_through_another_gateway_is_refused_once_the_revalidation_window_has_passed()
    {
        var clerk = await fx.NewAccountAsync();
        using var client = fx.Bearer((await fx.TokenAsync(clerk)).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/points/{Demo.Township}")).StatusCode);

        // Another gateway's administrator disables the clerk: the same rows change, this gateway is not told.
        await fx.Database.ExecuteAsync("UPDATE clerk_account SET disabled = true, security_stamp = gen_random_uuid()::text WHERE id = $1", clerk);
        fx.Clock.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        await (await client.GetAsync($"/api/points/{Demo.Township}")).AssertProblemAsync(401, "session", "auth.sessionEnded");
    }

    [Fact]
    public async Task A_role_change_by_the_administrator_on_this_gateway_ends_the_cookie_the_token_and_the_refresh_token_at_once()
    {
        var clerk = await fx.NewAccountAsync();
        var cookie = await fx.CookieAsync(clerk);
        var token = await fx.TokenAsync(clerk);
        using var bearer = fx.Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await fx.GetWithCookieAsync(cookie, "/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);

        using var admin = await fx.AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/accounts/{clerk}", new { displayName = "会话测试", role = "CenterDirector", pointCode = Demo.Township })).EnsureSuccessStatusCode();

        var byCookie = await fx.GetWithCookieAsync(cookie, "/api/auth/me");
        await byCookie.AssertProblemAsync(401, "session", "auth.sessionEnded");
        Assert.Equal(string.Empty, SessionFixture.CookieOf(byCookie));
        await (await bearer.GetAsync("/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
        using var anonymous = fx.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.RefreshToken })).AssertProblemAsync(401, "refreshToken", "auth.refreshInvalid");

        // A new sign-in carries the new role.
        using var again = fx.Bearer((await fx.TokenAsync(clerk)).AccessToken);
        Assert.Equal("CenterDirector", (await (await again.GetAsync("/api/auth/me")).ReadAsync<MeView>()).Role);
    }

    [Fact]
    public async Task A_cookie_session_ends_at_its_absolute_lifetime_even_while_it_slides()
    {
        var clerk = await fx.NewAccountAsync();
        var cookie = await fx.CookieAsync(clerk);
        // Every 45 minutes (inside the 60-minute idle limit) until 11:15 after the sign-in.
        for (var elapsed = TimeSpan.FromMinutes(45); elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(45))
        {
            fx.Clock.Advance(TimeSpan.FromMinutes(45));
            var response = await fx.GetWithCookieAsync(cookie, "/api/auth/me");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after {elapsed}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()} {string.Join(" ; ", response.Headers.Where(h => h.Key == "Set-Cookie").SelectMany(h => h.Value))}");
            cookie = SessionFixture.CookieOf(response) is { Length: > 0 } renewed ? renewed : cookie;
        }

        fx.Clock.Advance(TimeSpan.FromMinutes(45));
        var ended = await fx.GetWithCookieAsync(cookie, "/api/auth/me");
        await ended.AssertProblemAsync(401, "session", "auth.sessionEnded");
        Assert.Equal(string.Empty, SessionFixture.CookieOf(ended));
    }

    [Fact]
    public async Task A_bearer_token_lives_15_minutes_and_its_refresh_token_renews_it_once_a_replay_ends_the_session()
    {
        var clerk = await fx.NewAccountAsync();
        var first = await fx.TokenAsync(clerk);
        Assert.Equal(15 * 60, first.ExpiresIn);
        Assert.Equal("Bearer", first.TokenType);

        fx.Clock.Advance(TimeSpan.FromMinutes(15));
        using (var expired = fx.Bearer(first.AccessToken))
        {
            await (await expired.GetAsync("/api/auth/me")).AssertProblemAsync(401);
        }

        using var anonymous = fx.Anonymous();
        var second = await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken })).ReadAsync<TokenView>();
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        using var renewed = fx.Bearer(second.AccessToken);
        Assert.Equal(clerk, (await (await renewed.GetAsync("/api/auth/me")).ReadAsync<MeView>()).Id);
        // PostgreSQL keeps the refresh token's SHA-256 only.
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM clerk_session WHERE refresh_hash = sha256(convert_to($1, 'UTF8'))", second.RefreshToken));
        Assert.Equal(0L, await fx.Database.ScalarAsync<long>("SELECT count(*) FROM clerk_session WHERE refresh_hash = convert_to($1, 'UTF8')", second.RefreshToken));

        // The first refresh token again: a copy in other hands. The session ends, the new pair with it.
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken })).AssertProblemAsync(401, "refreshToken", "auth.refreshInvalid");
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = second.RefreshToken })).AssertProblemAsync(401, "refreshToken", "auth.refreshInvalid");
        await (await renewed.GetAsync("/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
    }

    [Fact]
    public async Task Refreshing_never_carries_a_bearer_session_past_its_absolute_lifetime()
    {
        var clerk = await fx.NewAccountAsync();
        var token = await fx.TokenAsync(clerk);
        using var anonymous = fx.Anonymous();

        fx.Clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(10));
        var late = await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.RefreshToken })).ReadAsync<TokenView>();
        Assert.Equal(10 * 60, late.ExpiresIn);

        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = late.RefreshToken })).AssertProblemAsync(401, "refreshToken", "auth.refreshInvalid");
        using var client = fx.Bearer(late.AccessToken);
        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_bearer_token_and_a_cookie_the_gateway_remembers_are_refused_on_their_very_next_request_after_sign_out()
    {
        var clerk = await fx.NewAccountAsync();
        var token = await fx.TokenAsync(clerk);
        var cookie = await fx.CookieAsync(clerk);
        using var bearer = fx.Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fx.GetWithCookieAsync(cookie, "/api/auth/me")).StatusCode);
        Assert.True(fx.Remembered(AuthenticationSetup.Bearer).Remembers(token.AccessToken));
        Assert.True(fx.Remembered(AuthenticationSetup.Cookie).Remembers(cookie));

        // Each its own session, each signed out by itself.
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync("/api/auth/sign-out", null)).StatusCode);
        using var browser = fx.Anonymous();
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        signOut.Headers.Add("Cookie", $"network.session={cookie}");
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(signOut)).StatusCode);

        // Still remembered as tickets, refused as sessions: the next request of each, with no clock moved.
        Assert.True(fx.Remembered(AuthenticationSetup.Bearer).Remembers(token.AccessToken));
        Assert.True(fx.Remembered(AuthenticationSetup.Cookie).Remembers(cookie));
        await (await bearer.GetAsync("/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
        await (await fx.GetWithCookieAsync(cookie, "/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
    }

    [Fact]
    public async Task A_remembered_bearer_token_is_refused_once_it_expires()
    {
        var clerk = await fx.NewAccountAsync();
        var token = await fx.TokenAsync(clerk);
        using var bearer = fx.Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        Assert.True(fx.Remembered(AuthenticationSetup.Bearer).Remembers(token.AccessToken));

        fx.Clock.Advance(TimeSpan.FromMinutes(15));
        await (await bearer.GetAsync("/api/auth/me")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task Sign_out_revokes_the_bearer_token_and_its_refresh_token_and_the_cookie()
    {
        var clerk = await fx.NewAccountAsync();
        var token = await fx.TokenAsync(clerk);
        using var bearer = fx.Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync("/api/auth/sign-out", null)).StatusCode);
        await (await bearer.GetAsync("/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
        using var anonymous = fx.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.RefreshToken })).AssertProblemAsync(401, "refreshToken", "auth.refreshInvalid");

        var cookie = await fx.CookieAsync(clerk);
        using var browser = fx.Anonymous();
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        signOut.Headers.Add("Cookie", $"network.session={cookie}");
        var signedOut = await browser.SendAsync(signOut);
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(string.Empty, SessionFixture.CookieOf(signedOut));
        // The cookie's value, kept by someone who copied it, no longer works.
        await (await fx.GetWithCookieAsync(cookie, "/api/auth/me")).AssertProblemAsync(401, "session", "auth.sessionEnded");
    }
}
