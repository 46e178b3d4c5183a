using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;
using Orleans.Runtime;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Matters;

/// <summary>
/// The citizen's progress lookup in the matter's grain: the progress code drawn at intake or the
/// full resident ID number; a wrong proof answered as a number never used; the per-receipt lock
/// after five wrong proofs, measured on the grain's clock (moved by the test), for used and unused
/// numbers alike; matters taken in before codes existed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ProgressLookupTests(PostgresFixture db)
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Fact]
    public async Task Five_wrong_proofs_lock_a_receipt_number_for_15_minutes_of_the_grain_clock_and_then_the_right_code_opens_it_again()
    {
        await using var flow = await FlowCluster.StartAsync(db, Today);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var code = (await matter.Accept(Intake(Allowance, AllowanceMaterials))).ProgressCode!;
        var right = ProgressProof.Of(code, null);
        var wrong = ProgressProof.Of(OtherThan(code), null);

        Assert.Equal(MatterStatus.InProgress, (await matter.GetForCitizen(right)).Progress!.Status);
        await FailFiveTimesAsync(matter, wrong);
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromMinutes(15)), await matter.GetForCitizen(right));
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromMinutes(15)), await matter.GetForCitizen(ProgressProof.Of(null, Citizen.ResidentId)));

        flow.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromSeconds(1)), await matter.GetForCitizen(right));

        flow.Clock.Advance(TimeSpan.FromSeconds(1));
        var found = await matter.GetForCitizen(right);
        Assert.Equal(MatterStatus.InProgress, found.Progress!.Status);

        // The count starts again after the lock and after a right proof: four wrong ones lock nothing.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(wrong));
        }

        Assert.NotNull((await matter.GetForCitizen(right)).Progress);
        Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(wrong));
    }

    [Fact]
    public async Task A_number_never_used_answers_a_wrong_proof_like_a_used_one_and_is_locked_the_same_way()
    {
        await using var flow = await FlowCluster.StartAsync(db, Today);
        var unused = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var proof = ProgressProof.Of(ProgressCode.New(), null);

        await FailFiveTimesAsync(unused, proof);
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromMinutes(15)), await unused.GetForCitizen(proof));
        flow.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(ProgressLookup.NotFound, await unused.GetForCitizen(proof));
    }

    [Fact]
    public async Task A_matter_taken_in_before_progress_codes_existed_is_found_with_the_full_id_number_and_by_no_code()
    {
        await using var flow = await FlowCluster.StartAsync(db, Today);
        var receipt = NewReceipt(flow.Today);
        var matter = flow.Grains.GetGrain<IMatterGrain>(receipt);
        var code = (await matter.Accept(Intake(Allowance, AllowanceMaterials))).ProgressCode!;

        // The row as an earlier build wrote it: no progress code in the state.
        await using (var connection = new NpgsqlConnection(flow.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE case_record SET state = state - 'progressCode' WHERE kind = 'matter' AND case_id = $1", connection);
            command.Parameters.AddWithValue(receipt);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await flow.Grains.GetGrain<IManagementGrain>(0).DeactivateGrain(matter.GetGrainId(), CancellationToken.None);

        Assert.Null((await matter.Get(MonitorActor))!.ProgressCode);
        Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(ProgressProof.Of(code, null)));
        var found = await matter.GetForCitizen(ProgressProof.Of(null, Citizen.ResidentId.ToLowerInvariant()));
        Assert.Equal(receipt, found.Progress!.ReceiptNumber);
        Assert.Equal("农村最低生活保障审核", found.Progress.ItemName);
    }

    [Fact]
    public async Task Wrong_proofs_keep_the_matter_activated_through_an_idle_collection_so_the_count_and_the_lock_hold()
    {
        await using var flow = await FlowCluster.StartAsync(db, Today);
        var management = flow.Grains.GetGrain<IManagementGrain>(0);
        var matter = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var code = (await matter.Accept(Intake(Allowance, AllowanceMaterials))).ProgressCode!;
        var right = ProgressProof.Of(code, null);
        var wrong = ProgressProof.Of(OtherThan(code), null);

        // Four wrong proofs counted, then every idle activation collected: the count is still there.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(wrong));
        }

        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.Contains(matter.GetGrainId(), await management.GetActiveGrains(matter.GetGrainId().Type));
        Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(wrong));

        // The fifth locked the number; the lock outlives another collection too.
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromMinutes(15)), await matter.GetForCitizen(right));

        // Once the lock is over and a right proof has reset the count, nothing keeps the matter:
        // the next collection takes it, and it is read again from the database when asked.
        flow.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(MatterStatus.InProgress, (await matter.GetForCitizen(right)).Progress!.Status);
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(matter.GetGrainId(), await management.GetActiveGrains(matter.GetGrainId().Type));
        Assert.Equal(MatterStatus.InProgress, (await matter.GetForCitizen(right)).Progress!.Status);
    }

    [Fact]
    public async Task A_number_never_used_keeps_its_lock_through_an_idle_collection()
    {
        await using var flow = await FlowCluster.StartAsync(db, Today);
        var unused = flow.Grains.GetGrain<IMatterGrain>(NewReceipt(flow.Today));
        var proof = ProgressProof.Of(ProgressCode.New(), null);

        await FailFiveTimesAsync(unused, proof);
        await flow.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(ProgressLookup.Locked(TimeSpan.FromMinutes(15)), await unused.GetForCitizen(proof));
    }

    [Fact]
    public void An_idle_matter_is_collected_after_two_minutes_not_after_orleans_default()
    {
        var limit = typeof(MatterGrain).GetCustomAttributes(typeof(CollectionAgeLimitAttribute), inherit: false).Cast<CollectionAgeLimitAttribute>().Single();
        Assert.Equal(TimeSpan.FromMinutes(2), limit.AgeLimit);
        Assert.True(ProgressLookupLockout.LockFor > limit.AgeLimit, "the lock outlasts the idle age: wrong proofs must keep the matter (DelayDeactivation)");
    }

    private static async Task FailFiveTimesAsync(IMatterGrain matter, ProgressProof wrong)
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ProgressLookup.NotFound, await matter.GetForCitizen(wrong));
        }
    }

    private static string OtherThan(string code) => code[0] == 'Z' ? "Y" + code[1..] : "Z" + code[1..];
}
