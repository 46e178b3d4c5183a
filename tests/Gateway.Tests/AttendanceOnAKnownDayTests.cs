using System.Text.Json;
using Network.Gateway.Tests.Infrastructure;
using Network.Grains.Interfaces.Duty;

namespace Network.Gateway.Tests;

/// <summary>
/// Attendance (考勤) and vacant posts (空岗) through the gateway and a real silo whose trade clock
/// runs on a known working day (<see cref="KnownDayFixture"/>, Thursday 8 October 2026 from 10:00),
/// so a weekend or a holiday on the real calendar changes nothing.
/// </summary>
[Collection(KnownDayCollection.Name)]
public sealed class AttendanceOnAKnownDayTests(KnownDayFixture fx)
{
    private static string Today => KnownDayFixture.Today;

    [Fact]
    public async Task A_clerk_clocks_in_and_out_at_the_console_and_assessment_reads_vacant_posts()
    {
        using var clerk = await fx.As(Demo.TownLandClerk);
        var sheet = $"/api/points/{Demo.Township}/attendance/{Today}";
        var inside = await (await clerk.PostAsync($"{sheet}/clock-in", null)).ReadAsync<AttendanceView>();
        Assert.Contains(inside.Punches, p => p.ClerkId == Demo.TownLandClerk && p.Out is null);
        Assert.Equal([AttendanceAction.ClockOut], inside.AllowedActions);
        await (await clerk.PostAsync($"{sheet}/clock-in", null)).AssertProblemAsync(409, code: "attendance.alreadyIn");
        var outside = await (await clerk.PostAsync($"{sheet}/clock-out", null)).ReadAsync<AttendanceView>();
        Assert.DoesNotContain(outside.Punches, p => p.ClerkId == Demo.TownLandClerk && p.Out is null);

        using var monitor = await fx.As(Demo.Monitor);
        await (await monitor.PostAsync($"{sheet}/clock-in", null)).AssertProblemAsync(403, "role", "auth.role");
        var posts = await monitor.GetAsync($"/api/points/{Demo.City}/vacant-posts?from=2026-10-01&to={Today}");
        Assert.True(posts.IsSuccessStatusCode, await posts.Content.ReadAsStringAsync());
        using var otherDirector = await fx.As(Demo.OtherTownDirector);
        await (await otherDirector.GetAsync($"/api/points/{Demo.Township}/vacant-posts?from=2026-10-01&to=2026-10-31")).AssertProblemAsync(403, "pointCode", "auth.jurisdiction");
    }

    [Fact]
    public async Task A_window_left_during_its_shift_flags_a_vacant_post_live_and_assessment_lists_it()
    {
        const string point = "510682103";
        const string clerkId = "c-510682103-comprehensive-a";
        using var director = await fx.As($"d-{point}");
        var roster = $"/api/points/{point}/roster/{Today[..7]}";

        // A window shift over the whole working day (but its first and last minutes); the clock is at 10:00.
        var draft = new
        {
            shifts = new[] { new { id = "all", kind = "FullDay", start = "00:00:00", end = "23:59:00" } },
            assignments = new[] { new { date = Today, shiftId = "all", clerkId, windowId = "comprehensive" } },
            leaders = Array.Empty<object>(),
        };
        (await director.SendRawAsync(HttpMethod.Put, roster, JsonSerializer.Serialize(draft, Api.Json))).EnsureSuccessStatusCode();
        (await director.PostAsync($"{roster}/publish", null)).EnsureSuccessStatusCode();
        await using var watcher = await LiveWatcher.WatchPointAsync(fx.Gateway.Server, point, "vacantPost", await fx.TokenOf($"d-{point}"));

        using var clerk = await fx.As(clerkId);
        var sheet = $"/api/points/{point}/attendance/{Today}";
        (await clerk.PostAsync($"{sheet}/clock-in", null)).EnsureSuccessStatusCode();
        var left = await (await clerk.PostAsync($"{sheet}/clock-out", null)).ReadAsync<AttendanceView>();
        Assert.Contains(left.VacantPosts, v => v.WindowId == "comprehensive" && v.Until is null);

        var flag = await watcher.FirstAsync(p => p.GetProperty("windowId").GetString() == "comprehensive" && !p.GetProperty("cleared").GetBoolean());
        Assert.Equal(point, flag.GetProperty("pointCode").GetString());
        var recorded = await (await director.GetAsync($"/api/points/{point}/vacant-posts?from={Today}&to={Today}")).ReadAsync<VacantPostRecord[]>();
        Assert.Contains(recorded, r => r.WindowId == "comprehensive");
    }
}
