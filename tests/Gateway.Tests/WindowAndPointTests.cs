using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Tests;

/// <summary>A/B switch-over (AB岗), window queues, and reading a point: profile, catalog, lists, ledger, flags.</summary>
[Collection(GatewayCollection.Name)]
public sealed class WindowAndPointTests(GatewayFixture fx)
{
    [Fact]
    public async Task When_A_is_away_B_is_on_duty_and_takes_A_s_open_matters_and_the_queue_shows_them()
    {
        using var a = await fx.As(Demo.TownClerkA);
        var matter = await a.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 40);
        var window = $"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}";
        try
        {
            var away = await (await a.PostAsync($"{window}/away", null)).ReadAsync<WindowSwitchResult>();
            Assert.Equal(Demo.TownClerkB, away.Duty.OnDuty.Id);
            Assert.Contains(matter.ReceiptNumber, away.MovedMatters);

            var duty = await (await a.GetAsync($"{window}/duty")).ReadAsync<WindowDuty>();
            Assert.True(duty.PrimaryAway);
            var queue = await (await a.GetAsync($"{window}/queue")).ReadAsync<MatterSummary[]>();
            var line = Assert.Single(queue, m => m.ReceiptNumber == matter.ReceiptNumber);
            Assert.Equal(Demo.TownClerkB, line.HandlerClerkId);
            Assert.DoesNotContain(Demo.ResidentId(40), line.MaskedResidentId, StringComparison.Ordinal);
            Assert.EndsWith(Demo.ResidentId(40)[^4..], line.MaskedResidentId, StringComparison.Ordinal);
        }
        finally
        {
            var back = await (await a.PostAsync($"{window}/back", null)).ReadAsync<WindowSwitchResult>();
            Assert.Equal(Demo.TownClerkA, back.Duty.OnDuty.Id);
        }
    }

    [Fact]
    public async Task The_point_s_director_switches_a_window_s_post()
    {
        using var director = await fx.As(Demo.TownDirector);
        var window = $"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}";

        var away = await (await director.PostAsync($"{window}/away", null)).ReadAsync<WindowSwitchResult>();
        var back = await (await director.PostAsync($"{window}/back", null)).ReadAsync<WindowSwitchResult>();

        Assert.True(away.Duty.PrimaryAway);
        Assert.Equal(Demo.TownClerkA, back.Duty.OnDuty.Id);
    }

    [Fact]
    public async Task Only_the_window_s_clerks_or_the_point_s_director_switch_posts()
    {
        var window = $"/api/points/{Demo.Township}/windows/{Demo.CivilAffairs}";
        using var other = await fx.As(Demo.TownLandClerk);
        await (await other.PostAsync($"{window}/away", null)).AssertProblemAsync(403, "windowId", "auth.jurisdiction");
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        await (await otherDirector.PostAsync($"{window}/away", null)).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.PostAsync($"{window}/away", null)).AssertProblemAsync(403, "role", "auth.role");
    }

    [Fact]
    public async Task A_clerk_reads_their_point_its_catalog_lists_ledger_and_flags()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 41);
        var point = $"/api/points/{Demo.Township}";

        var profile = await (await clerk.GetAsync(point)).ReadAsync<PointView>();
        Assert.Equal(Demo.Township, profile.Code);
        Assert.Equal(Demo.City, profile.ParentCode);
        Assert.Contains(Demo.Village, profile.Children);
        Assert.Equal(Tier.Township, profile.Tier);

        var catalog = await (await clerk.GetAsync($"{point}/catalog")).ReadAsync<ServiceItem[]>();
        Assert.Contains(catalog, i => i.Id == Demo.TemporaryRelief && i.WindowId == Demo.CivilAffairs);

        var open = await (await clerk.GetAsync($"{point}/matters?status=InProgress&openOnly=true&limit=500")).ReadAsync<MatterSummary[]>();
        Assert.Contains(open, m => m.ReceiptNumber == matter.ReceiptNumber);

        var ledger = await (await clerk.GetAsync($"{point}/ledger?limit=500")).ReadAsync<LedgerEntry[]>();
        Assert.Contains(ledger, e => e.ReceiptNumber == matter.ReceiptNumber);

        var flags = await (await clerk.GetAsync($"{point}/flags")).ReadAsync<PointFlags>();
        Assert.NotNull(flags.Own);

        await (await clerk.GetAsync($"{point}/matters?limit=0")).AssertProblemAsync(400, "limit", "limit.range");
        await (await clerk.GetAsync($"{point}/matters?status=Lost")).AssertProblemAsync(400, "status");
        await (await clerk.GetAsync($"{point}/ledger?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z")).AssertProblemAsync(400, "from", "range.invalid");
    }

    [Fact]
    public async Task A_director_reads_points_below_and_a_monitor_the_whole_city_but_not_beyond()
    {
        using var director = await fx.As(Demo.TownDirector);
        await (await director.GetAsync($"/api/points/{Demo.Village}/matters")).ReadAsync<MatterSummary[]>();
        await (await director.GetAsync($"/api/points/{Demo.City}/matters")).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");

        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.GetAsync($"/api/points/{Demo.Village}/ledger")).ReadAsync<LedgerEntry[]>();
        await (await monitor.GetAsync($"/api/points/{Demo.OtherTownship}/flags")).ReadAsync<PointFlags>();
        await (await monitor.GetAsync("/api/points/110105/matters")).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
    }

    [Fact]
    public async Task An_undefined_point_is_a_404()
    {
        using var admin = await fx.As(Demo.Admin);
        await (await admin.GetAsync("/api/points/510682999")).AssertProblemAsync(404, "pointCode", "point.undefined");
    }
}
