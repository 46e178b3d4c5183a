using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Gateway.Contracts;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// A gateway with the production session settings (15-minute tokens, 12-hour sessions, 60-second
/// re-validation, 5 failures lock 15 minutes) on a <see cref="FakeTimeProvider"/> the tests move,
/// and PBKDF2 at <see cref="Iterations"/>. Tests make accounts of their own (<see cref="NewAccountAsync"/>).
/// </summary>
public sealed partial class SessionFixture : GatewayFixture
{
    public const int Iterations = 20_000;
    public const string Password = "Session-2026!";
    private int _accounts;

    /// <summary>The gateway's clock, starting at the real time (whole seconds, as PostgreSQL keeps microseconds).</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureGateway(IDictionary<string, string?> settings)
    {
        settings["Gateway:PasswordIterations"] = Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Gateway:AccessTokenMinutes"] = "15";
        settings["Gateway:SessionAbsoluteHours"] = "12";
        settings["Gateway:SessionIdleMinutes"] = "60";
        settings["Gateway:SessionRevalidateSeconds"] = "60";
        // Deadlines are computed on the moved clock, but each request starts and ends between moves.
        settings["Gateway:RequestBudgetSeconds"] = "30";
    }

    protected override void ConfigureGatewayServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(Clock);

    /// <summary>The gateway's remembered tickets of <paramref name="scheme"/> (<see cref="Security.AuthenticationSetup"/>'s Bearer or Cookie).</summary>
    public Security.RememberedTickets Remembered(string scheme) =>
        scheme == Security.AuthenticationSetup.Bearer
            ? (Security.RememberedTickets)Gateway.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>().Get(scheme).BearerTokenProtector
            : (Security.RememberedTickets)Gateway.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>().Get(scheme).TicketDataFormat;

    /// <summary>A new WindowClerk account at the demo township (made by the administrator), with <see cref="Password"/>.</summary>
    public async Task<string> NewAccountAsync(string role = "WindowClerk")
    {
        var id = $"s-{Guid.NewGuid().ToString("N")[..6]}-{Interlocked.Increment(ref _accounts)}";
        using var admin = await AdminAsync();
        (await admin.PutAsJsonAsync($"/api/admin/accounts/{id}", new { displayName = "会话测试", role, pointCode = Demo.Township, password = Password })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>The administrator, freshly signed in (tokens expire as the tests move the clock).</summary>
    public async Task<HttpClient> AdminAsync() => Bearer((await TokenAsync(Demo.Admin, Demo.Password)).AccessToken);

    /// <summary>A fresh bearer sign-in (not cached).</summary>
    public async Task<TokenView> TokenAsync(string clerkId, string password = Password)
    {
        using var client = Anonymous();
        return await (await client.PostAsJsonAsync("/api/auth/token", new { clerkId, password })).ReadAsync<TokenView>();
    }

    public HttpClient Bearer(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A cookie sign-in: the client without a cookie jar and the session cookie to send by hand.</summary>
    public async Task<string> CookieAsync(string clerkId, string password = Password)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { clerkId, password });
        await response.ReadAsync<MeView>();
        return CookieOf(response) ?? throw new InvalidOperationException("No session cookie was set.");
    }

    /// <summary>The value of the session cookie a response sets ("" when it deletes it), or null when it sets none.</summary>
    public static string? CookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => SessionCookie().Match(c)).Where(m => m.Success).Select(m => m.Groups[1].Value).LastOrDefault()
            : null;

    public async Task<HttpResponseMessage> GetWithCookieAsync(string cookie, string url)
    {
        using var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"network.session={cookie}");
        return await client.SendAsync(request);
    }

    /// <summary>A hub connection to /hubs/live with <paramref name="accessToken"/> (long polling through the test server).</summary>
    public HubConnection Hub(string accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Gateway.Server.BaseAddress, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => Gateway.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
            })
            .Build();

    [GeneratedRegex("^network\\.session=([^;]*)")]
    private static partial Regex SessionCookie();
}
