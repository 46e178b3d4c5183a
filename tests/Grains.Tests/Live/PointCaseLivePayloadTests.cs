using System.Text.Encodings.Web;
using System.Text.Json;
using Network.Grains.Consultations;
using Network.Grains.Consultations.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Consultations;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Interfaces.Seals;
using Network.Grains.OnlineFiling;
using Network.Grains.OnlineFiling.Rules;
using Network.Grains.Oversight;
using Network.Grains.Petitions;
using Network.Grains.Petitions.Rules;
using Network.Grains.Seals;
using Network.Grains.Seals.Rules;
using Network.Grains.Tests.OnlineFiling;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.Live;

/// <summary>
/// The live messages of online applications, petitions, consultations and seals: addressed to their
/// point's staff and the city only, and carrying no personal data (no name, no ID number, no phone,
/// no free text a citizen or clerk typed).
/// </summary>
public sealed class PointCaseLivePayloadTests
{
    private static readonly JsonSerializerOptions Readable = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Personal = [RuleFixture.Citizen.Name, RuleFixture.Citizen.ResidentId, RuleFixture.Citizen.Phone!, "李秀兰", "13900139000"];

    [Fact]
    public void A_submitted_online_application_is_announced_to_its_point_and_city_without_the_applicant()
    {
        var change = OnlineApplicationRules.Submit(OnlineFilingFixture.WithFile(OnlineFilingFixture.Started(), RuleFixture.AllowanceMaterials[0]), new SubmitOnlineApplicationRequest(OnlineFilingFixture.Code), Context());
        var payload = OnlineApplicationAnnouncer.Payload(change);

        Assert.Equal((OnlineApplicationStatus.Submitted, "Submitted", RuleFixture.Township, 1), (payload.Status, payload.Action, payload.PointCode, payload.FileCount));
        Assert.Equal((Monday.AddDays(1), change.After.PreExamineBy), (payload.PreExamineBy!.Value, payload.PreExamineBy));
        AssertNoPersonalData(payload, change.After.Description);
        Assert.Equal([LiveGroups.Point(RuleFixture.Township), LiveGroups.City(RuleFixture.Township)], PointAnnouncer.GroupsOf(payload.PointCode));
    }

    [Fact]
    public void A_registered_petition_is_announced_with_its_deadlines_but_not_the_petitioner_or_the_request()
    {
        var number = CaseNumber.New(CaseNumber.Petition, DivisionCode.Parse(RuleFixture.Township), Monday);
        var command = new RegisterPetitionCommand(RuleFixture.TownClerk(), RuleFixture.Township, PetitionChannel.Visit, RuleFixture.Citizen, "村道硬化工程占用承包地，补偿未到位。");
        var change = PetitionRules.Register(number, command, Context());
        var payload = PetitionAnnouncer.Payload(change);

        Assert.Equal((number, PetitionStatus.Registered, change.After.DecideBy), (payload.Number, payload.Status, payload.DecideBy));
        AssertNoPersonalData(payload, command.Request);
    }

    [Fact]
    public void A_recorded_consultation_is_announced_without_who_asked_the_topic_or_the_answer()
    {
        var number = CaseNumber.New(CaseNumber.Consultation, DivisionCode.Parse(RuleFixture.Township), Monday);
        var command = new RecordConsultationCommand(RuleFixture.TownClerk(), RuleFixture.Township, ConsultationChannel.Visit, "低保申请需要哪些材料？", "身份证、户口簿", new Inquirer("李秀兰", "13900139000"), RuleFixture.CivilAffairs);
        var payload = ConsultationAnnouncer.Payload(ConsultationRules.Record(number, command, Context()));

        Assert.Equal((number, RuleFixture.TownClerk().Id), (payload.Number, payload.OwnerClerkId));
        AssertNoPersonalData(payload, command.Topic, command.Answer!);
    }

    [Fact]
    public void A_seal_change_is_announced_with_its_uses_waiting_for_approval_and_registration()
    {
        var key = SealKey.Of(RuleFixture.Township, "YZ-009");
        var issued = SealRules.Issue(key, new IssueSealCommand(RuleFixture.Director, "业务专用章", "办结通知书", RuleFixture.ClerkA), Context()).After;
        var asked = SealRules.RequestUse(issued, new RequestSealUseCommand(RuleFixture.TownClerk(RuleFixture.PlanningClerk), "办结通知书", null, 1), Context());
        var payload = SealAnnouncer.Payload(asked);

        Assert.Equal(("YZ-009", "UseRequested", 1, 0), (payload.SerialNumber, payload.Action, payload.PendingApprovals, payload.ApprovedNotRecorded));
        var approved = SealAnnouncer.Payload(SealRules.ApproveUse(asked.After, new ApproveSealUseCommand(RuleFixture.Director, 1), Context()));
        Assert.Equal((0, 1), (approved.PendingApprovals, approved.ApprovedNotRecorded));
    }

    private static void AssertNoPersonalData(object payload, params string[] freeText)
    {
        var json = JsonSerializer.Serialize(payload, payload.GetType(), Readable);
        foreach (var value in Personal.Concat(freeText))
        {
            Assert.DoesNotContain(value, json, StringComparison.Ordinal);
        }
    }
}
