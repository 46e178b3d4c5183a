using System.Net;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Statistics;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Tests;

/// <summary>
/// Statistics and the monitor's history through the gateway (a real silo and PostgreSQL): one call
/// of the statistics grain per request, the figures read from the rollups the intakes' commits
/// kept, a point beyond the caller's reach refused and bad input answered as problems naming the field.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class StatisticsRouteTests(GatewayFixture fx)
{
    private static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Statistics_of_today_count_the_matters_just_taken_in_and_name_the_windows()
    {
        using var director = await fx.As(Demo.TownDirector);
        using var monitor = await fx.As(Demo.Monitor);
        var route = $"/api/points/{Demo.Township}/statistics?period=day&day={Today}&by=window";
        var before = await (await director.GetAsync(route)).ReadAsync<StatisticsReport>();
        var historyBefore = await (await monitor.GetAsync($"/api/points/{Demo.City}/history?days=7")).ReadAsync<MonitorHistory>();

        using var clerk = await fx.As(Demo.TownClerkA);
        for (var i = 0; i < 2; i++)
        {
            var response = await clerk.PostAsync($"/api/points/{Demo.Township}/matters", Api.Intake(Demo.CivilAffairs, Demo.TemporaryRelief, Demo.TemporaryReliefMaterials, Demo.ResidentId(700 + i), "统计甲"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(MatterStatus.InProgress, (await response.ReadAsync<MatterView>()).Status);
        }

        var after = await (await director.GetAsync(route)).ReadAsync<StatisticsReport>();
        var history = await (await monitor.GetAsync($"/api/points/{Demo.City}/history?days=7")).ReadAsync<MonitorHistory>();

        Assert.Equal(before.Total.Received + 2, after.Total.Received);
        Assert.Equal(before.Total.Accepted + 2, after.Total.Accepted);
        var window = after.Rows.Single(r => r.Key == Demo.CivilAffairs);
        Assert.Equal("民政窗口", window.Name);
        Assert.Equal(after.Total.Received, after.Rows.Sum(r => r.Figures.Received));
        Assert.Equal((StatisticsPeriod.Day, StatisticsBreakdown.Window), (after.Query.Period, after.Query.By));
        Assert.Equal((24, 7), (history.Hours.Count, history.Days.Count));
        Assert.Equal(historyBefore.Hours.Sum(h => h.Received) + 2, history.Hours.Sum(h => h.Received));
        Assert.Contains(history.Below, r => r.Key == Demo.Township && r.CanNarrow);
    }

    [Fact]
    public async Task Statistics_of_a_point_outside_the_callers_jurisdiction_are_refused_and_bad_input_is_a_problem()
    {
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        using var clerk = await fx.As(Demo.TownClerkA);

        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/history")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}&subtree=true")).AssertProblemAsync(403, code: "auth.jurisdiction");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}&period=fortnight")).AssertProblemAsync(400, field: "period");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}&period=2")).AssertProblemAsync(400, field: "period");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}&by=colour")).AssertProblemAsync(400, field: "by");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day=2026-02-30")).AssertProblemAsync(400, field: "day");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics")).AssertProblemAsync(400, field: "day");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/statistics?day={Today}&windowId=%E6%B0%91")).AssertProblemAsync(400, field: "windowId");
        await (await clerk.GetAsync($"/api/points/{Demo.Township}/history?days=0")).AssertProblemAsync(400, field: "days");
    }
}
