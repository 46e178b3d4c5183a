using System.Net;
using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Statistics;

namespace Network.Gateway.Tests;

/// <summary>
/// The statistics route counts what the front desk records (a real silo on a known working day,
/// <see cref="KnownDayFixture"/>): a bill collected in fen, an appointment booked, a vacant post —
/// the vacant posts the same number the assessment's list of the day shows.
/// </summary>
[Collection(KnownDayCollection.Name)]
public sealed class StatisticsFrontDeskRouteTests(KnownDayFixture fx)
{
    private const string Village = "510682101001";
    private const string Street = "510682001";

    private static string Today => KnownDayFixture.Today;

    private static string Statistics(string point, string period, string day) => $"/api/points/{point}/statistics?period={period}&day={day}";

    [Fact]
    public async Task Statistics_count_fees_in_fen_appointments_booked_and_vacant_posts_as_the_assessment_lists_them()
    {
        using var director = await fx.As(Demo.TownDirector);
        using var streetDirector = await fx.As($"d-{Street}");
        var feesBefore = (await (await director.GetAsync(Statistics(Village, "day", Today))).ReadAsync<StatisticsReport>()).Total;
        var bookedBefore = (await (await director.GetAsync(Statistics(Demo.Township, "week", "2026-10-09"))).ReadAsync<StatisticsReport>()).Total;
        var vacantBefore = (await (await streetDirector.GetAsync(Statistics(Street, "day", Today))).ReadAsync<StatisticsReport>()).Total;

        // A bill of 123.45 yuan collected at the village.
        using var collector = await fx.As($"c-{Village}-comprehensive-a");
        (await collector.PostAsync($"/api/points/{Village}/windows/comprehensive/collection/{Today}/bills", new { itemId = "electricity-bill-collection", accountNumber = "5106820012399", payerName = "王秀英", amountFen = 12345, method = "Cash" }))
            .EnsureSuccessStatusCode();

        // An appointment booked for tomorrow at the township.
        using var citizen = fx.Anonymous("198.51.100.91");
        var booked = await citizen.PostAsync($"/public/points/{Demo.Township}/appointments", new { date = "2026-10-09", windowId = Demo.CivilAffairs, itemId = Demo.TemporaryRelief, start = "10:00", name = "王秀英", phone = "13800138000" });
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());

        // A window left during its shift: a vacant post.
        var roster = $"/api/points/{Street}/roster/{Today[..7]}";
        var draft = new
        {
            shifts = new[] { new { id = "all", kind = "FullDay", start = "00:00:00", end = "23:59:00" } },
            assignments = new[] { new { date = Today, shiftId = "all", clerkId = $"c-{Street}-comprehensive-a", windowId = "comprehensive" } },
            leaders = Array.Empty<object>(),
        };
        (await streetDirector.SendRawAsync(HttpMethod.Put, roster, JsonSerializer.Serialize(draft, Api.Json))).EnsureSuccessStatusCode();
        (await streetDirector.PostAsync($"{roster}/publish", null)).EnsureSuccessStatusCode();
        using var clerk = await fx.As($"c-{Street}-comprehensive-a");
        (await clerk.PostAsync($"/api/points/{Street}/attendance/{Today}/clock-in", null)).EnsureSuccessStatusCode();
        (await clerk.PostAsync($"/api/points/{Street}/attendance/{Today}/clock-out", null)).EnsureSuccessStatusCode();

        var fees = (await (await director.GetAsync(Statistics(Village, "day", Today))).ReadAsync<StatisticsReport>()).Total;
        Assert.Equal((feesBefore.FeeReceipts + 1, feesBefore.FeesCollectedFen + 12345), (fees.FeeReceipts, fees.FeesCollectedFen));
        var raw = JsonDocument.Parse(await (await director.GetAsync(Statistics(Village, "day", Today))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("total").GetProperty("feesCollectedFen").ValueKind);

        var week = await (await director.GetAsync(Statistics(Demo.Township, "week", "2026-10-09"))).ReadAsync<StatisticsReport>();
        Assert.Equal(bookedBefore.Appointments + 1, week.Total.Appointments);
        Assert.Equal(bookedBefore.AppointmentsNoShow, week.Total.AppointmentsNoShow);

        var street = (await (await streetDirector.GetAsync(Statistics(Street, "day", Today))).ReadAsync<StatisticsReport>()).Total;
        Assert.Equal(vacantBefore.VacantPosts + 1, street.VacantPosts);
        var listed = await (await streetDirector.GetAsync($"/api/points/{Street}/vacant-posts?from={Today}&to={Today}")).ReadAsync<VacantPostRecord[]>();
        Assert.Equal(listed.Count(r => r.PointCode == Street), street.VacantPosts);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync(Statistics(Demo.Township, "month", Today))).StatusCode);
    }
}
