using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Network.Testing;

namespace Network.Browser.Tests;

/// <summary>
/// Everything real: a throwaway PostgreSQL, the silo executable with the demo network, the
/// gateway executable with the demo accounts, and Debian's Chromium driven by Playwright.
/// </summary>
public class NetworkFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-2026!";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly PostgresFixture _db = new();
    private SiloProcess? _silo;
    private GatewayProcess? _gateway;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _gateway!.Address;

    private string _clusterId = string.Empty;

    /// <summary>
    /// Where the trade's clock of the silo and the gateway starts (<c>Network:Clock:Start</c>; it then
    /// runs at the real pace), for screens that need a known working day; null: the real clock.
    /// </summary>
    protected virtual DateTimeOffset? TradeClockStart => null;

    private IReadOnlyDictionary<string, string> GatewaySettings => WithClock(new Dictionary<string, string>
    {
        ["Gateway__SeedDemoAccounts"] = "true",
        ["Gateway__DemoPassword"] = DemoPassword,
        ["Gateway__DemoNetworkFile"] = RepoPaths.DemoNetwork,
        ["Gateway__Cities__0"] = "510682",
        // Every page of every test signs in from one address: the per-address limit (30 a minute) is
        // the gateway tests' subject, not these screens'.
        ["Gateway__SignInPermitLimit"] = "100000",
    });

    private Dictionary<string, string> WithClock(Dictionary<string, string> settings)
    {
        if (TradeClockStart is { } start)
        {
            settings["Network__Clock__Start"] = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    /// <summary>Another gateway process on the same cluster and database.</summary>
    public Task<GatewayProcess> StartSecondGatewayAsync() => GatewayProcess.StartAsync(_clusterId, _db.ConnectionString, GatewaySettings);

    /// <summary>Where the screenshots of every screen are written, for a reviewer to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var clusterId = _clusterId = "browser-" + Guid.NewGuid().ToString("N")[..8];
        _silo = SiloProcess.Start(clusterId, WithClock(new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = _db.ConnectionString,
            ["Network__LoadDemoNetwork"] = "true",
        }));
        await _silo.WaitForLineAsync("Demo network loaded", TimeSpan.FromSeconds(120));
        _gateway = await GatewayProcess.StartAsync(clusterId, _db.ConnectionString, GatewaySettings);

        Directory.CreateDirectory(ScreenshotDirectory);

        // Live updates cross processes (silo → gateway → SignalR → page): give a busy CI machine room.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A fresh browser context (its own cookies): one person at one screen. <paramref name="prepare"/>
    /// runs on the context before its first page opens (init scripts, event handlers);
    /// <paramref name="timezoneId"/> puts the browser in another zone (e.g. America/New_York).
    /// </summary>
    public async Task<IPage> NewPageAsync(string? signInAs = null, Func<IBrowserContext, Task>? prepare = null, string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "zh-CN",
            TimezoneId = timezoneId,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        if (prepare is not null)
        {
            await prepare(context);
        }

        var page = await context.NewPageAsync();
        if (signInAs is not null)
        {
            await page.GotoAsync("/index.html");
            await page.FillAsync("#clerkId", signInAs);
            await page.FillAsync("#password", DemoPassword);
            await page.ClickAsync("#sign-in button[type=submit]");
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/index.html", StringComparison.Ordinal));
            }
            catch (TimeoutException e)
            {
                var notice = await page.Locator("#sign-in").InnerTextAsync();
                throw new TimeoutException($"Signing in as {signInAs} stayed on {page.Url}; the form shows: {notice}", e);
            }
        }

        return page;
    }

    /// <summary>An HTTP client of the gateway signed in as <paramref name="clerkId"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiAsync(string clerkId)
    {
        var client = new HttpClient { BaseAddress = Address };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { clerkId, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }

        await _db.DisposeAsync();
    }
}
