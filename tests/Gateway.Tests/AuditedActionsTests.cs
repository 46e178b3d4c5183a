using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Tests;

/// <summary>
/// What was not audited before: point, catalog and calendar changes, A/B post switches and
/// exports of the register. Each act leaves one audit row naming the signed-in account that did it.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AuditedActionsTests(GatewayFixture fx)
{
    [Fact]
    public async Task A_point_definition_a_catalog_and_a_holiday_schedule_each_leave_one_audit_row_naming_the_administrator()
    {
        const string code = "510682101008";
        using var admin = await fx.As(Demo.Admin);
        var definition = new
        {
            name = "审计测试村服务站",
            windows = new[] { new { id = "comprehensive", name = "综合窗口", clerkA = new { id = "c-au-a", name = "甲" }, clerkB = new { id = "c-au-b", name = "乙" } } },
            proxyAgents = Array.Empty<object>(),
        };
        // The demo city keeps a master catalog (基本目录): a point's list selects from it, at its own window.
        var master = await (await admin.GetAsync($"/api/cities/{Demo.City}/master-catalog")).ReadAsync<ServiceItem[]>();
        var item = master.Single(i => i.Id == "village-proof") with { WindowId = "comprehensive" };

        (await admin.PutAsJsonAsync($"/api/admin/points/{code}", definition)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/admin/points/{code}/catalog", new[] { item }, Api.Json)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/admin/calendar", new { year = 2028, source = "国办发明电〔2027〕X号（审计测试）", holidays = new[] { "2028-01-01" }, workdays = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();

        Assert.Equal(1L, await RowsAsync("point.define", code, Demo.Admin));
        Assert.Equal(1L, await RowsAsync("catalog.publish", code, Demo.Admin));
        Assert.Contains("village-proof@comprehensive", await DetailAsync("catalog.publish", code), StringComparison.Ordinal);
        Assert.Equal(1L, await fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE action = 'calendar.publish' AND subject_id = 'CN' AND actor_id = $1 AND detail LIKE '2028 %'", Demo.Admin));
    }

    [Fact]
    public async Task An_A_B_switch_is_audited_with_the_director_who_made_it_not_only_the_post()
    {
        const string window = "rural-economy";
        var subject = $"{Demo.Township}/{window}";
        using var director = await fx.As(Demo.TownDirector);

        var away = await (await director.PostAsync($"/api/points/{Demo.Township}/windows/{window}/away", null)).ReadAsync<WindowSwitchResult>();
        Assert.True(away.Duty.PrimaryAway);
        var back = await (await director.PostAsync($"/api/points/{Demo.Township}/windows/{window}/back", null)).ReadAsync<WindowSwitchResult>();
        Assert.False(back.Duty.PrimaryAway);

        Assert.Equal(1L, await RowsAsync("window.primaryAway", subject, Demo.TownDirector));
        Assert.Equal(1L, await RowsAsync("window.primaryBack", subject, Demo.TownDirector));
        Assert.Contains("CenterDirector", await DetailAsync("window.primaryAway", subject), StringComparison.Ordinal);

        // A switch the window refuses changes nothing and is not recorded as done.
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        await (await otherDirector.PostAsync($"/api/points/{Demo.Township}/windows/{window}/away", null)).AssertProblemAsync(403, code: "auth.jurisdiction");
        Assert.Equal(0L, await RowsAsync("window.primaryAway", subject, Demo.OtherTownDirector));
    }

    [Fact]
    public async Task Taking_the_register_of_a_point_is_audited_as_an_export_with_who_took_it_and_how_many_rows()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        await clerk.TakeInAsync(Demo.Township, Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, 140);
        using var director = await fx.As(Demo.TownDirector);
        var before = await RowsAsync("export.ledger", Demo.Township, Demo.TownDirector);

        var rows = await (await director.GetAsync($"/api/points/{Demo.Township}/ledger?limit=5")).ReadAsync<LedgerEntry[]>();

        Assert.NotEmpty(rows);
        Assert.Equal(before + 1, await RowsAsync("export.ledger", Demo.Township, Demo.TownDirector));
        Assert.StartsWith($"{rows.Length} rows", await fx.Database.ScalarAsync<string>(
            "SELECT detail FROM audit_event WHERE action = 'export.ledger' AND subject_id = $1 AND actor_id = $2 ORDER BY chain_seq DESC LIMIT 1", Demo.Township, Demo.TownDirector), StringComparison.Ordinal);
    }

    private Task<long> RowsAsync(string action, string subject, string actor) =>
        fx.Database.ScalarAsync<long>(
            "SELECT count(*) FROM audit_event WHERE action = $1 AND subject_id = $2 AND actor_id = $3 AND outcome = 'succeeded'", action, subject, actor);

    private async Task<string> DetailAsync(string action, string subject) =>
        await fx.Database.ScalarAsync<string>("SELECT detail FROM audit_event WHERE action = $1 AND subject_id = $2 ORDER BY chain_seq DESC LIMIT 1", action, subject) ?? string.Empty;
}
