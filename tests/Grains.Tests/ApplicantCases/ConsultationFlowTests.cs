using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.ApplicantCases;

/// <summary>Consultations in the cluster on PostgreSQL: not matters, turned into one on request, counted for their owner.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConsultationFlowTests(PostgresFixture db)
{
    private static readonly DateOnly Day = new(2026, 11, 18);

    private static readonly Citizen Organisation = new("余姚某某农业有限公司", "91350100M000100Y43", "13800138000")
    {
        DocumentType = IdentityDocumentType.UnifiedSocialCreditCode,
    };

    private static string NewNumber() => CaseNumber.New(CaseNumber.Consultation, DivisionCode.Parse(Township), Day);

    private static RecordConsultationCommand Asked(string clerk = ClerkA, string? answer = null) =>
        new(TownClerk(clerk), Township, ConsultationChannel.Visit, "企业申请低保政策咨询", answer, null, CivilAffairs);

    [Fact]
    public async Task A_consultation_is_not_a_matter_no_receipt_and_not_in_the_register()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await DefineAsync(flow.Grains);
        var number = NewNumber();

        var view = await flow.Grains.GetGrain<IConsultationGrain>(number).Record(Asked(answer: "本镇户籍居民可申请。"));

        Assert.Equal((ConsultationStatus.Answered, null), (view.Status, view.MatterReceiptNumber));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'matter' AND case_id LIKE $1", number[..9] + "%"));
        Assert.Equal(1, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'consultation' AND case_id = $1", number));
        var register = await flow.Grains.GetGrain<IMatterQueryGrain>(0).ReadRegister(Director, new RegisterQuery(Township, RegisterPeriod.Day, Day));
        Assert.Empty(register.Lines);
    }

    [Fact]
    public async Task Turning_a_consultation_into_a_matter_takes_it_in_for_an_organisation_and_links_both()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await DefineAsync(flow.Grains);
        var number = NewNumber();
        var consultation = flow.Grains.GetGrain<IConsultationGrain>(number);
        await consultation.Record(Asked());
        var command = new TurnConsultationIntoMatterCommand(TownClerk(ClerkA), CivilAffairs, Allowance, Organisation, AllowanceMaterials);

        var matter = await consultation.TurnIntoMatter(command);
        var again = await consultation.TurnIntoMatter(command);

        Assert.Equal(number.Replace("-ZX", "-", StringComparison.Ordinal), matter.ReceiptNumber);
        Assert.Equal((number, IdentityDocumentType.UnifiedSocialCreditCode, "91350100M000100Y43"), (matter.FromConsultation, matter.ApplicantDocument, matter.MaskedResidentId));
        Assert.Equal(matter.ReceiptNumber, again.ReceiptNumber);
        var linked = (await consultation.Get(TownClerk(ClerkA)))!;
        Assert.Equal((ConsultationStatus.TurnedIntoMatter, matter.ReceiptNumber), (linked.Status, linked.MatterReceiptNumber));
        var register = await flow.Grains.GetGrain<IMatterQueryGrain>(0).ReadRegister(Director, new RegisterQuery(Township, RegisterPeriod.Day, Day));
        Assert.Contains("余姚某某农业有限公司 91350100M000100Y43", Assert.Single(register.Lines).CitizenMasked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_when_turning_into_a_matter_is_refused_and_nothing_is_stored()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await DefineAsync(flow.Grains);
        var number = NewNumber();
        var consultation = flow.Grains.GetGrain<IConsultationGrain>(number);
        await consultation.Record(Asked());
        var badCode = Organisation with { ResidentId = "91350100M000100Y44" };

        var e1 = await Assert.ThrowsAsync<DomainException>(() => consultation.TurnIntoMatter(new TurnConsultationIntoMatterCommand(TownClerk(ClerkA), CivilAffairs, Allowance, badCode, AllowanceMaterials)));
        var e2 = await Assert.ThrowsAsync<DomainException>(() => consultation.TurnIntoMatter(new TurnConsultationIntoMatterCommand(TownClerk(ClerkA), CivilAffairs, "no-such-item", Organisation, AllowanceMaterials)));

        Assert.Equal(("applicant.residentId", "creditCode.invalid"), (e1.Field, e1.Code));
        Assert.Equal(("itemId", DomainErrorKind.NotFound), (e2.Field, e2.Kind));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'matter' AND case_id = $1", number.Replace("-ZX", "-", StringComparison.Ordinal)));
        Assert.Equal(ConsultationStatus.Open, (await consultation.Get(TownClerk(ClerkA)))!.Status);
        Assert.Single(await consultation.GetHistory(TownClerk(ClerkA)));
    }

    [Fact]
    public async Task A_consultation_counts_for_its_first_inquiry_owner_and_a_matter_turned_from_it_counts_once()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        await DefineAsync(flow.Grains);
        var answered = NewNumber();
        var turned = NewNumber();
        var handed = NewNumber();
        await flow.Grains.GetGrain<IConsultationGrain>(answered).Record(Asked(answer: "可以办理。"));
        await flow.Grains.GetGrain<IConsultationGrain>(turned).Record(Asked());
        await flow.Grains.GetGrain<IConsultationGrain>(turned).TurnIntoMatter(new TurnConsultationIntoMatterCommand(TownClerk(ClerkA), CivilAffairs, Allowance, TestNetwork.Citizen, AllowanceMaterials));
        await flow.Grains.GetGrain<IConsultationGrain>(handed).Record(Asked(ClerkB));
        await flow.Grains.GetGrain<IConsultationGrain>(handed).HandOver(new HandOverConsultationCommand(TownClerk(ClerkB), ClerkA, "转张丽答复"));
        await flow.Grains.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials) with { Actor = TownClerk(ClerkB) });

        var tally = await flow.Grains.GetGrain<IConsultationQueryGrain>(0).Tally(Director, Township, Day, Day.AddDays(1));

        var a = Assert.Single(tally, t => t.ClerkId == ClerkA);
        var b = Assert.Single(tally, t => t.ClerkId == ClerkB);
        Assert.Equal((3, 1, 0, "张丽"), (a.Consultations, a.TurnedIntoMatters, a.MattersTakenInFirst, a.ClerkName));
        Assert.Equal((0, 0, 1), (b.Consultations, b.TurnedIntoMatters, b.MattersTakenInFirst));
        var listed = await flow.Grains.GetGrain<IConsultationQueryGrain>(0).List(Director, Township, Day, Day.AddDays(1), openOnly: true);
        Assert.Equal(handed, Assert.Single(listed).Number);
    }
}
