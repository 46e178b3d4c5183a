using System.Net.Http.Json;
using Network.Gateway.Contracts;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Tests;

/// <summary>
/// Catalog governance through the gateway on the demo network (whose city keeps a master catalog):
/// a point's list follows the master unless the city approved a change; the township's director
/// proposes, the city's director approves, the public catalog shows the approved version; bad input
/// is a problem and stores nothing; the handbook lists the point's items for the public.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class CatalogGovernanceTests(GatewayFixture fx)
{
    /// <summary>承诺件 at 先锋镇's rural-economy window (5 working days), used by no other test.</summary>
    private const string LandTransfer = "land-contract-transfer";

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_point_cannot_publish_an_unapproved_deviation()
    {
        using var admin = await fx.As(Demo.Admin);
        var before = await (await admin.GetAsync($"/api/points/{Demo.Township}/catalog")).ReadAsync<ServiceItem[]>();
        var index = Array.FindIndex(before, i => i.Id == "enterprise-service");
        var changed = before.Select((i, n) => n == index ? i with { Fee = "每件收费10元" } : i).ToArray();

        await (await admin.PutAsJsonAsync($"/api/admin/points/{Demo.Township}/catalog", changed, Api.Json))
            .AssertProblemAsync(409, $"items[{index}]", "catalog.unapprovedDeviation");
        var after = await (await admin.GetAsync($"/api/points/{Demo.Township}/catalog")).ReadAsync<ServiceItem[]>();
        Assert.Equal("不收费", after.Single(i => i.Id == "enterprise-service").Fee);

        // The list as it stands (the master's standard, the point's windows) is published as before.
        (await admin.PutAsJsonAsync($"/api/admin/points/{Demo.Township}/catalog", after, Api.Json)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_deviation_the_township_proposes_and_the_city_approves_is_the_version_the_public_catalog_shows()
    {
        using var director = await fx.As(Demo.TownDirector);
        using var city = await fx.As(Demo.CityDirector);
        using var citizen = fx.Anonymous("192.0.2.13");
        var current = (await (await director.GetAsync($"/api/points/{Demo.Township}/catalog")).ReadAsync<ServiceItem[]>()).Single(i => i.Id == LandTransfer);

        var proposed = await (await director.PostAsync(
            $"/api/points/{Demo.Township}/catalog-changes",
            new { item = current with { TimeLimitWorkingDays = 3 }, reason = "镇农经站现场鉴证，三个工作日可办结", effectiveFrom = Today })).ReadAsync<CatalogChangeView>();
        Assert.Equal((CatalogChangeStatus.Proposed, CatalogChangeKind.Deviation), (proposed.Status, proposed.Kind));
        Assert.Equal(["timeLimitWorkingDays"], proposed.Differences);
        var unapproved = (await (await director.GetAsync($"/api/points/{Demo.Township}/catalog")).ReadAsync<ServiceItem[]>()).Single(i => i.Id == LandTransfer);
        Assert.Equal((5, current.Version), (unapproved.TimeLimitWorkingDays, unapproved.Version));

        await (await director.PostAsync($"/api/catalog-changes/{proposed.Number}/approve", new { })).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
        var incoming = await (await city.GetAsync($"/api/points/{Demo.City}/catalog-changes?incoming=true&openOnly=true")).ReadAsync<CatalogChangeSummary[]>();
        Assert.Contains(incoming, c => c.Number == proposed.Number);
        var approved = await (await city.PostAsync($"/api/catalog-changes/{proposed.Number}/approve", new { note = "同意" })).ReadAsync<CatalogChangeView>();
        Assert.Equal((CatalogChangeStatus.Approved, Today), (approved.Status, approved.EffectiveFrom));

        var shown = await PublicItemAsync(citizen);
        Assert.Equal((3, current.Version + 1, Today, current.Code), (shown.TimeLimitWorkingDays, shown.Version, shown.EffectiveFrom, shown.Code));
        var history = await (await city.GetAsync($"/api/catalog-changes/{proposed.Number}/history")).ReadAsync<Grains.Interfaces.Cases.CaseHistoryRow[]>();
        Assert.Equal(["propose", "approve"], history.Select(r => r.Action));
    }

    [Fact]
    public async Task Bad_input_an_unknown_item_code_or_a_deviation_without_reason_is_a_problem_and_nothing_is_stored()
    {
        using var director = await fx.As(Demo.TownDirector);
        var current = (await (await director.GetAsync($"/api/points/{Demo.Township}/catalog")).ReadAsync<ServiceItem[]>()).Single(i => i.Id == "temporary-relief");
        const string count = "SELECT count(*) FROM case_record WHERE kind = 'catalog-change' AND point_code = $1 AND state::text LIKE '%temporary-relief%'";
        var before = await fx.Database.ScalarAsync<long>(count, Demo.Township);

        await (await director.PostAsync($"/api/points/{Demo.Township}/catalog-changes", new { item = current with { Code = "510682-JF-0999", TimeLimitWorkingDays = 3 }, reason = "缩短时限", effectiveFrom = Today }))
            .AssertProblemAsync(400, "item.code", "item.unknownCode");
        await (await director.PostAsync($"/api/points/{Demo.Township}/catalog-changes", new { item = current with { TimeLimitWorkingDays = 3 }, reason = "", effectiveFrom = Today }))
            .AssertProblemAsync(400, "reason", "text.required");
        await (await director.PostAsync($"/api/points/{Demo.Township}/catalog-changes", new { item = current with { TimeLimitWorkingDays = 3 }, reason = "缩短时限", effectiveFrom = Today.AddDays(-1) }))
            .AssertProblemAsync(400, "effectiveFrom", "catalogChange.effectiveFrom");
        using var clerk = await fx.As(Demo.TownClerkA);
        await (await clerk.PostAsync($"/api/points/{Demo.Township}/catalog-changes", new { item = current with { TimeLimitWorkingDays = 3 }, reason = "缩短时限", effectiveFrom = Today }))
            .AssertProblemAsync(403, "role", "auth.role");

        Assert.Equal(before, await fx.Database.ScalarAsync<long>(count, Demo.Township));
    }

    [Fact]
    public async Task The_handbook_contains_the_point_s_items_with_their_windows_and_flows_and_no_staff()
    {
        using var citizen = fx.Anonymous("192.0.2.14");
        var response = await citizen.GetAsync($"/public/points/{Demo.Village}/handbook");
        var handbook = await response.ReadAsync<PublicHandbook>();
        var catalog = await (await citizen.GetAsync($"/public/points/{Demo.Village}/catalog")).ReadAsync<PublicServiceItem[]>();

        Assert.Equal(catalog.Select(i => i.Id), handbook.Entries.Select(e => e.Item.Id));
        var homestead = handbook.Entries.Single(e => e.Item.Id == Demo.HomesteadProxy);
        Assert.Equal([FlowStepKind.Intake, FlowStepKind.HandUp], homestead.Flow.Take(2).Select(s => s.Kind));
        Assert.All(handbook.Entries, e => Assert.False(string.IsNullOrEmpty(e.WindowName)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("c-510682101001", text, StringComparison.Ordinal);
        await (await citizen.GetAsync("/public/points/510682999/handbook")).AssertProblemAsync(404);
    }

    /// <summary>The public catalog of today, asked by day (an entry of the public cache no other test reads).</summary>
    private static async Task<PublicServiceItem> PublicItemAsync(HttpClient citizen) =>
        (await (await citizen.GetAsync($"/public/points/{Demo.Township}/catalog?on={Today:yyyy-MM-dd}")).ReadAsync<PublicServiceItem[]>()).Single(i => i.Id == LandTransfer);
}
