using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Time;
using Network.Grains.Oversight;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.OnlineFiling;

/// <summary>
/// Online applications on a cluster over PostgreSQL: the files land in their table and the case in
/// the case store (the applicant sealed), the point's sweep flags a late pre-examination, and an
/// acceptance takes the matter in once, its deadline counted from the day of acceptance.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OnlineFilingFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Fact]
    public async Task The_sweep_flags_a_pre_examination_not_done_within_one_working_day_and_the_late_acceptance_opens_one_matter_from_that_day()
    {
        await using var flow = await FlowCluster.StartAsync(db, Monday);
        var number = CaseNumber.New(OnlineApplicationNumber.Prefix, DivisionCode.Parse(Township), flow.Today);
        var application = flow.Grains.Reference<IOnlineApplicationGrain>(number);
        var receipt = await application.Start(new StartOnlineApplicationRequest(
            Township, Allowance, Citizen, "申请低保。", new ResultDelivery(DeliveryMethod.PickUp, null), "web"));
        foreach (var material in AllowanceMaterials)
        {
            await application.AddFile(new AddApplicationFileRequest(receipt.Code, material, material + ".pdf", [.. "%PDF-1.7\n"u8, .. System.Text.Encoding.UTF8.GetBytes(material)]));
        }

        var submitted = await application.Submit(new SubmitOnlineApplicationRequest(receipt.Code));
        Assert.Equal(Monday.AddDays(1), submitted.PreExamineBy);
        Assert.Equal(3, await flow.CountAsync("SELECT count(*) FROM online_application_file WHERE application_number = $1", number));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE case_id = $1 AND state::text LIKE '%王秀英%'", number));

        var sweep = flow.Grains.GetGrain<IOversightSweepGrain>(Township);
        flow.SetDay(Monday.AddDays(1));
        Assert.Equal(0, await sweep.Sweep()); // due today: not late
        flow.SetDay(Monday.AddDays(2));
        Assert.Equal(1, await sweep.Sweep());
        Assert.Equal(FlagLevel.Red, (await application.Get(Director))!.Flag);

        var accept = new AcceptOnlineApplicationCommand(TownClerk(ClerkA));
        var accepted = await application.Accept(accept);
        var retried = await application.Accept(accept);
        Assert.Equal((accepted.ReceiptNumber, accepted.Version), (retried.ReceiptNumber, retried.Version));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'matter' AND case_id = $1", accepted.ReceiptNumber!));
        var matter = (await flow.Grains.Reference<IMatterGrain>(accepted.ReceiptNumber!).Get(TownClerk(ClerkA)))!;
        Assert.Equal(Monday.AddDays(2), ChinaTime.DateOf(matter.Slip!.AcceptedAt));
        Assert.Equal(matter.DueDate, accepted.MatterDueDate);
        Assert.Equal(["Started", "FileAdded", "FileAdded", "FileAdded", "Submitted", "PreExaminationLate", "Accepted"], (await application.GetHistory(Director)).Select(h => h.Action));
    }
}
