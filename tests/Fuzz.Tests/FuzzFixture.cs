using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Fuzz.Tests;

/// <summary>
/// A throwaway PostgreSQL, a real silo process with the demo network and a real gateway process
/// (demo accounts seeded), signed-in tokens of every fuzzing identity and a few real matters.
/// </summary>
public sealed class FuzzFixture : IAsyncLifetime
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(180);
    private SiloProcess? _silo;
    private GatewayProcess? _gateway;

    public PostgresFixture Database { get; } = new();

    public GatewayProcess Gateway => _gateway ?? throw new InvalidOperationException("The gateway is not started.");

    public Dictionary<string, string> Tokens { get; } = [];

    public FuzzData Data { get; } = new();

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var clusterId = "fuzz-" + Guid.NewGuid().ToString("N")[..8];
        _silo = SiloProcess.Start(clusterId, new Dictionary<string, string>
        {
            ["Network__Storage"] = "PostgreSql",
            ["ConnectionStrings__Network"] = Database.ConnectionString,
            ["Network__LoadDemoNetwork"] = "true",
        });
        await _silo.WaitForLineAsync("Demo network loaded", Startup);
        _gateway = await GatewayProcess.StartAsync(clusterId, Database.ConnectionString, new Dictionary<string, string>
        {
            ["Gateway__SeedDemoAccounts"] = "true",
            ["Gateway__DemoPassword"] = FuzzData.Password,
        });

        foreach (var account in FuzzData.Accounts)
        {
            using var response = await Http.PostAsJsonAsync(new Uri(Gateway.Address, "/api/auth/token"), new { clerkId = account, password = FuzzData.Password });
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Tokens[account] = doc.RootElement.GetProperty("accessToken").GetString()!;
        }

        await TakeInAsync("c-510682101-civil-affairs-a", "510682101", "civil-affairs", "temporary-relief", ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"]);
        await TakeInAsync("c-510682101-civil-affairs-a", "510682101", "civil-affairs", "temporary-relief", ["居民身份证"]);
        await TakeInAsync("c-510682101001-land-agriculture-a", "510682101001", "land-agriculture", "homestead-review-proxy", ["居民身份证", "户口簿", "宅基地申请书", "村民小组会议讨论意见", "四邻签字意见"]);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            await _silo.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private async Task TakeInAsync(string clerk, string point, string window, string item, string[] materials)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Gateway.Address, $"/api/points/{point}/matters"))
        {
            Content = JsonContent.Create(new { windowId = window, itemId = item, citizen = new { name = "王秀英", residentId = "11010519491231002X" }, materialsHandedIn = materials }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens[clerk]);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Data.Receipts.Add(doc.RootElement.GetProperty("receiptNumber").GetString()!);
    }
}
