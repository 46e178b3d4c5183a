using System.Text.Json;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Security;

/// <summary>
/// The demo accounts that follow from data/demo-network.json: every window clerk (A and B) and
/// proxy agent at their point, a director per point (<c>d-{code}</c>), a city monitor per city
/// (<c>m-{code}</c>), the supervisors the file names (<c>s-{code}</c>: a township's discipline office,
/// the city's management committee) and one administrator (<c>admin</c>).
/// </summary>
public static class DemoNetworkAccounts
{
    public const string AdministratorId = "admin";

    public static string DirectorId(string pointCode) => "d-" + pointCode;

    public static string MonitorId(string cityCode) => "m-" + cityCode;

    /// <summary>Accounts without password hashes (id, name, role, point).</summary>
    public static async Task<IReadOnlyList<ClerkAccount>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web), cancellationToken)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var accounts = new Dictionary<string, ClerkAccount>(StringComparer.Ordinal);
        void Add(string id, string name, string role, string point) => accounts.TryAdd(id, new ClerkAccount(id, name, role, point, string.Empty));

        foreach (var point in file.Points)
        {
            foreach (var window in point.Windows)
            {
                Add(window.ClerkA.Id, window.ClerkA.Name, Roles.WindowClerk, point.Code);
                Add(window.ClerkB.Id, window.ClerkB.Name, Roles.WindowClerk, point.Code);
            }

            foreach (var agent in point.ProxyAgents ?? [])
            {
                Add(agent.Id, agent.Name, Roles.ProxyAgent, point.Code);
            }

            Add(DirectorId(point.Code), point.Name + "主任", Roles.CenterDirector, point.Code);
            foreach (var supervisor in point.Supervisors ?? [])
            {
                Add(supervisor.Id, supervisor.Name, Roles.Supervisor, point.Code);
            }

            if (DivisionCode.TryParse(point.Code, out var code, out _) && code.Tier == Tier.City)
            {
                Add(MonitorId(point.Code), point.Name + "监督员", Roles.CityMonitor, point.Code);
            }
        }

        var city = file.Points.Select(p => p.Code).Where(c => c.Length == 6).Order(StringComparer.Ordinal).FirstOrDefault() ?? "000000";
        Add(AdministratorId, "系统管理员", Roles.Administrator, city);
        return accounts.Values.ToList();
    }

    private sealed record DemoFile(IReadOnlyList<DemoPoint> Points);

    private sealed record DemoPoint(string Code, string Name, IReadOnlyList<DemoWindow> Windows, IReadOnlyList<DemoPerson>? ProxyAgents, IReadOnlyList<DemoPerson>? Supervisors = null);

    private sealed record DemoWindow(string Id, DemoPerson ClerkA, DemoPerson ClerkB);

    private sealed record DemoPerson(string Id, string Name);
}
