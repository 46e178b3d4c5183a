using Network.Fault;
using Network.Grains.Network;
using Network.Testing;

namespace Network.Cluster.Tests;

/// <summary>
/// A village matter's way through the tiers (代办): the village's land clerk takes it in, hands
/// it up to the township with the village's proxy agent, the township's land clerk decides it,
/// and the village clerk delivers it. Each step is one operation of the fault test's client
/// (<see cref="LoadDriver.OperateAsync"/>: one Idempotency-Key, retried through the other gateway
/// until a definite answer), sent first through the gateway the caller names.
/// </summary>
public sealed class CrossTierFlow(LoadDriver driver, int gatewayCount)
{
    public const string Township = "510682101";
    public const string Village = "510682101001";
    public const string OtherVillage = "510682101002";
    public const string VillageClerk = "c-510682101001-land-agriculture-a";
    public const string ProxyAgent = "p-510682101001-1";
    public const string Window = "land-agriculture";
    public const string Item = "homestead-review-proxy";

    /// <summary>The points whose clerks act: the two villages and their township.</summary>
    public static IReadOnlyCollection<string> Points => [Township, Village, OtherVillage];

    /// <summary>The flow's clerk as a lane of the load (it takes matters in and hands them up).</summary>
    public static Lane Lane => new(VillageClerk, Village, Window, Item, "hand-up", ProxyAgent);

    /// <summary>A second village of the same township, for a second lane of load.</summary>
    public static Lane OtherVillageLane => new($"c-{OtherVillage}-land-agriculture-a", OtherVillage, Window, Item, "hand-up", $"p-{OtherVillage}-1");

    /// <summary>Each item's required materials, from the demo network the silos loaded.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> MaterialsAsync()
    {
        var network = await NetworkFile.ReadAsync(RepoPaths.DemoNetwork);
        return network.Points.SelectMany(p => p.Items ?? []).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().RequiredMaterials.ToArray());
    }

    public Task<Operation> TakeInAsync(int citizen, string[] materials, int gateway) =>
        driver.OperateAsync(-1, "intake", VillageClerk, HttpMethod.Post, $"/api/points/{Village}/matters", new
        {
            windowId = Window,
            itemId = Item,
            // Names unlike the load's ("故障测试…"): the reconciliation counts one matter per citizen.
            citizen = new { name = $"跨主机{citizen:00000}", residentId = LoadDriver.ResidentId(citizen), phone = "13800138000" },
            materialsHandedIn = materials,
        }, Turn(gateway));

    public Task<Operation> HandUpAsync(string receipt, int gateway) =>
        driver.OperateAsync(-1, "hand-up", VillageClerk, HttpMethod.Post, $"/api/matters/{receipt}/hand-up", new { proxyAgentId = ProxyAgent, note = "代办上报" }, Turn(gateway));

    public Task<Operation> DecideAsync(string receipt, int gateway) =>
        driver.OperateAsync(-1, "decide", Reconciler.TownshipDecider, HttpMethod.Post, $"/api/matters/{receipt}/decide", new { approve = true, resultNote = "初审同意" }, Turn(gateway));

    public Task<Operation> DeliverAsync(string receipt, int gateway) =>
        driver.OperateAsync(-1, "deliver", VillageClerk, HttpMethod.Post, $"/api/matters/{receipt}/deliver", new { }, Turn(gateway));

    /// <summary>The driver's first attempt goes to gateway (turn + 1) mod count: the turn that makes it <paramref name="gateway"/>.</summary>
    private int Turn(int gateway) => gateway + gatewayCount - 1;
}
