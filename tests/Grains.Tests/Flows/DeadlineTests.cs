using Network.Grains.Calendar;
using Network.Grains.Interfaces.Calendar;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Flows;

/// <summary>
/// Working-day deadlines, the paused clock and electronic supervision, with the trade's clock
/// moved by the test (FakeTimeProvider); the matter's reminder calls CheckDeadlines, as the test does.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeadlineTests(PostgresFixture db)
{
    [Fact]
    public async Task A_deadline_across_the_national_day_holiday_counts_the_make_up_saturday()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 9, 30));

        var view = await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today)).Accept(Intake(Allowance, AllowanceMaterials));

        // 1-7 Oct off; Thu 8, Fri 9, Sat 10 (调休 workday), Mon 12, Tue 13.
        Assert.Equal(new DateOnly(2026, 10, 13), view.DueDate);
    }

    [Fact]
    public async Task The_clock_is_paused_while_the_matter_waits_for_a_supplement()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var accepted = await matter.Accept(Intake(Allowance, AllowanceMaterials));
        Assert.Equal(new DateOnly(2026, 11, 23), accepted.DueDate); // Mon 16 + 5 working days

        flow.SetDay(new DateOnly(2026, 11, 17));
        var paused = await matter.RequestSupplement(new RequestSupplementCommand(TownClerk(ClerkA), ["家庭收入证明"]));
        flow.SetDay(new DateOnly(2026, 11, 20)); // Wed 18, Thu 19, Fri 20: three working days waited
        Assert.Equal(FlagLevel.None, (await matter.CheckDeadlines(Director))!.Flag);
        var resumed = await matter.SupplyMaterials(new SupplyMaterialsCommand(TownClerk(ClerkB), ["家庭收入证明"]));

        Assert.Equal(MatterStatus.AwaitingSupplement, paused.Status);
        Assert.Equal(["家庭收入证明"], paused.Notice!.Missing);
        Assert.Equal(MatterStatus.InProgress, resumed.Status);
        Assert.Equal(3, resumed.PausedWorkingDays);
        Assert.Equal(new DateOnly(2026, 11, 26), resumed.DueDate);
        Assert.Equal(["Accepted", "SupplementRequested", "MaterialsSupplied", "Resumed"], (await matter.GetHistory(MonitorActor)).Select(h => h.Action));
    }

    [Fact]
    public async Task A_yellow_warning_comes_one_working_day_before_and_a_red_flag_once_the_deadline_has_passed()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 9, 30));
        var receipt = NewReceipt(flow.Today);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        await matter.Accept(Intake(Allowance, AllowanceMaterials)); // due Tue 13 Oct

        flow.SetDay(new DateOnly(2026, 10, 10)); // the make-up Saturday: two working days left
        Assert.Equal(FlagLevel.None, (await matter.CheckDeadlines(Director))!.Flag);
        flow.SetDay(new DateOnly(2026, 10, 12)); // Monday, the working day before
        Assert.Equal(FlagLevel.Yellow, (await matter.CheckDeadlines(Director))!.Flag);
        Assert.Equal(FlagLevel.Yellow, (await matter.CheckDeadlines(Director))!.Flag); // raised once
        flow.SetDay(new DateOnly(2026, 10, 13));
        Assert.Equal(FlagLevel.Yellow, (await matter.CheckDeadlines(Director))!.Flag); // the due day itself is still on time
        flow.SetDay(new DateOnly(2026, 10, 14));
        Assert.Equal(FlagLevel.Red, (await matter.CheckDeadlines(Director))!.Flag);

        var history = await matter.GetHistory(MonitorActor);
        Assert.Equal(["FlaggedYellow", "FlaggedRed"], history.Where(h => h.Action.StartsWith("Flagged", StringComparison.Ordinal)).Select(h => h.Action));
        var director = await WaitForFlagsAsync(flow, Township, f => f.Own, receipt, 2);
        var supervisor = await WaitForFlagsAsync(flow, City, f => f.Supervised, receipt, 2);
        Assert.Equal([FlagLevel.Red, FlagLevel.Yellow], director.Select(f => f.Level));
        Assert.Equal([FlagLevel.Red, FlagLevel.Yellow], supervisor.Select(f => f.Level));
    }

    [Fact]
    public async Task A_part_running_late_is_flagged_while_the_whole_matter_is_still_on_time()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        await matter.Accept(Intake(NewHouse, NewHouseMaterials)); // parts due Mon 23 Nov, whole due Mon 7 Dec
        await matter.CompletePart(new CompletePartCommand(TownClerk(ClerkA), Township, CivilAffairs, null));

        flow.SetDay(new DateOnly(2026, 11, 24));
        var view = (await matter.CheckDeadlines(Director))!;

        Assert.Equal(FlagLevel.None, view.Flag);
        Assert.Equal([FlagLevel.None, FlagLevel.Red, FlagLevel.Red], view.Parts.Select(p => p.Flag));
        Assert.Equal(
            [("PartFlaggedRed", Township, Land), ("PartFlaggedRed", City, CityWindow)],
            (await matter.GetHistory(MonitorActor)).Where(h => h.Action.StartsWith("Part", StringComparison.Ordinal) && h.Action != "PartCompleted").Select(h => (h.Action, h.PointCode, h.WindowId!)));
    }

    [Fact]
    public async Task A_deadline_in_a_year_without_a_schedule_is_provisional_until_the_schedule_is_loaded()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 12, 28));
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var accepted = await matter.Accept(Intake(Allowance, AllowanceMaterials));
        Assert.True(accepted.DueDateProvisional);
        Assert.True(accepted.Slip!.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), accepted.DueDate); // weekends alone skipped in 2027

        // An administrator loads 2027's schedule (1-3 Jan off, say) without a restart.
        await flow.Grains.GetGrain<ICalendarGrain>(WorkingDayCalendarProvider.CalendarKey)
            .Publish(new HolidaySchedule(2027, "test schedule", [new(2027, 1, 1), new(2027, 1, 2), new(2027, 1, 3)], []));
        var recomputed = (await matter.CheckDeadlines(Director))!;

        Assert.False(recomputed.DueDateProvisional);
        Assert.Equal(new DateOnly(2027, 1, 5), recomputed.DueDate);
        Assert.Equal("DeadlineRecomputed", (await matter.GetHistory(MonitorActor))[^1].Action);
    }

    [Fact]
    public async Task The_point_s_durable_sweep_flags_its_overdue_matters_and_leaves_the_closed_ones_alone()
    {
        await using var flow = await FlowCluster.StartAsync(db, new DateOnly(2026, 11, 16));
        var overdue = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var closed = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var onTime = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        await overdue.Accept(Intake(Allowance, AllowanceMaterials)); // due Mon 23 Nov
        await closed.Accept(Intake(Allowance, AllowanceMaterials));
        await closed.Complete(new CompleteCommand(TownClerk(ClerkA), null));
        var point = flow.Grains.GetGrain<global::Network.Grains.Network.IPointUpkeepGrain>(Township);

        // One reminder for the point, none per matter.
        await WaitForAsync(async () => await flow.CountAsync("SELECT count(*) FROM OrleansRemindersTable WHERE GrainId LIKE '%' || $1", Township) == 1);
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM OrleansRemindersTable WHERE GrainId LIKE '%matter%'"));

        flow.SetDay(new DateOnly(2026, 11, 25));
        await onTime.Accept(Intake(Allowance, AllowanceMaterials)); // due 2 Dec: nothing to check yet
        var checkedCount = await point.SweepDeadlines();

        Assert.Equal(1, checkedCount);
        Assert.Equal(FlagLevel.Red, (await overdue.Get(MonitorActor))!.Flag);
        Assert.Equal(FlagLevel.None, (await closed.Get(MonitorActor))!.Flag);
        Assert.Equal(FlagLevel.None, (await onTime.Get(MonitorActor))!.Flag);
        Assert.Equal(0, await point.SweepDeadlines()); // red is the last flag: nothing more to check
    }

    /// <summary>The reminder is registered by a one-way notice to the point: ask until it is there (bounded).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 5000; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Yield();
        }

        throw new TimeoutException("The condition did not become true.");
    }

    /// <summary>Flags travel by one-way calls: ask until they have arrived (bounded, no sleeping).</summary>
    private static async Task<IReadOnlyList<DeadlineFlag>> WaitForFlagsAsync(
        FlowCluster flow, string point, Func<PointFlags, IReadOnlyList<DeadlineFlag>> pick, string receipt, int count)
    {
        var grain = flow.Grains.GetGrain<IServicePointGrain>(point);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var flags = pick(await grain.GetFlags()).Where(f => f.ReceiptNumber == receipt).ToList();
            if (flags.Count >= count)
            {
                return flags;
            }

            await Task.Yield();
        }

        throw new TimeoutException($"{point} did not receive {count} flags for {receipt}.");
    }
}
