using System.Net;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Tests;

/// <summary>
/// The assessment routes through the gateway (real silo, demo network): the public quarterly page
/// anonymous and without personal data, and assessments and 通报 refused beyond the caller's reach.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class AssessmentRouteTests(GatewayFixture fx)
{
    [Fact]
    public async Task The_public_quarterly_page_carries_no_name_or_ID()
    {
        using var clerk = await fx.As(Demo.TownClerkA);
        var matter = await (await clerk.PostAsync($"/api/points/{Demo.Township}/matters",
            Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(810), "公孙无忌"))).ReadAsync<MatterView>();
        var point = await (await clerk.GetAsync($"/api/points/{Demo.Township}")).ReadAsync<JsonElement>();
        var staff = point.GetProperty("windows").EnumerateArray()
            .SelectMany(w => new[] { w.GetProperty("clerkA"), w.GetProperty("clerkB") })
            .SelectMany(c => new[] { c.GetProperty("id").GetString()!, c.GetProperty("name").GetString()! })
            .ToArray();
        var today = ChinaTime.Today(TimeProvider.System);
        using var anyone = fx.Anonymous();

        var response = await anyone.GetAsync($"/public/points/{Demo.Township}/publication/{today.Year}/{((today.Month - 1) / 3) + 1}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var page = JsonDocument.Parse(json).RootElement;
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("itemName").GetString() == "民政临时救济办理" && i.GetProperty("received").GetInt32() >= 1);
        Assert.Equal(["pointCode", "pointName", "year", "quarter", "from", "to", "items", "total", "isComplete", "supervisionPhone"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["itemName", "received", "completed", "onTime", "returned", "rated", "satisfaction"], page.GetProperty("total").EnumerateObject().Select(p => p.Name));
        foreach (var personal in new[] { "公孙无忌", Demo.ResidentId(810), Demo.ResidentId(810)[^4..], matter.ReceiptNumber, Demo.TownDirector }.Concat(staff))
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
        }

        await (await anyone.GetAsync($"/public/points/{Demo.Township}/publication/{today.Year}/5")).AssertProblemAsync(400, field: "quarter");
        await (await anyone.GetAsync("/public/points/510682999/publication/2026/1")).AssertProblemAsync(404, field: "pointCode");
    }

    [Fact]
    public async Task An_assessment_or_a_bulletin_beyond_the_callers_reach_is_refused_as_a_problem()
    {
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        using var clerk = await fx.As(Demo.TownClerkA);
        using var director = await fx.As(Demo.TownDirector);
        using var monitor = await fx.As(Demo.Monitor);

        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/assessment?month=2026-11")).AssertProblemAsync(403, field: "pointCode", code: "auth.jurisdiction");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/assessment?month=2026-11")).AssertProblemAsync(403, code: "auth.role");
        await (await director.GetAsync($"/api/points/{Demo.Township}/assessment?month=2026-13")).AssertProblemAsync(400, field: "month");
        await (await director.GetAsync($"/api/points/{Demo.Township}/award-candidates?year=2026")).AssertProblemAsync(400, field: "quarter");
        await (await director.PostAsync($"/api/cities/{Demo.City}/bulletins/2026-10/publish", null)).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await monitor.GetAsync($"/api/cities/{Demo.City}/bulletins/2020-01")).AssertProblemAsync(404, field: "month");

        var own = await (await director.GetAsync($"/api/points/{Demo.Township}/assessment?month=2026-11")).ReadAsync<JsonElement>();
        Assert.Equal(Demo.Township, own.GetProperty("pointCode").GetString());
        Assert.All(own.GetProperty("points").EnumerateArray(), p => Assert.StartsWith(Demo.Township, p.GetProperty("unit").GetProperty("pointCode").GetString()!, StringComparison.Ordinal));
    }
}
