using Network.Grains.Complaints;
using Network.Grains.Complaints.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;
using Network.Grains.Tests.Rules;

namespace Network.Grains.Tests.Oversight;

/// <summary>
/// The rule tests' network (<see cref="RuleFixture"/>) with supervisors: the township's discipline
/// office (纪检) and the city's management committee (管委会); the clock at 10:00 China time on
/// Mon 16 Nov 2026 unless a test moves it.
/// </summary>
public static class OversightFixture
{
    public const string TownshipSupervisorId = "s-township";
    public const string CitySupervisorId = "s-city";

    /// <summary>Mon 16 Nov 2026, an ordinary working week.</summary>
    public static readonly DateOnly Monday = new(2026, 11, 16);

    public static ServicePointProfile City { get; } = RuleFixture.CityProfile with { Supervisors = [new Clerk(CitySupervisorId, "市管委会督查")] };

    public static ServicePointProfile Township { get; } = RuleFixture.TownshipProfile with { Supervisors = [new Clerk(TownshipSupervisorId, "镇纪检")], SupervisionPhone = "0574-62001234" };

    public static IReadOnlyDictionary<string, ServicePointProfile> Points { get; } = new Dictionary<string, ServicePointProfile>(StringComparer.Ordinal)
    {
        [RuleFixture.City] = City,
        [RuleFixture.Township] = Township,
        [RuleFixture.OtherTownship] = RuleFixture.OtherTownshipProfile,
        [RuleFixture.Village] = RuleFixture.VillageProfile,
    };

    public static OversightContext Context(DateOnly? day = null, LinkedCase? linked = null, string? fingerprint = null) =>
        new(RuleFixture.At(day ?? Monday), RuleFixture.ShippedCalendar, Points) { Linked = linked, Fingerprint = fingerprint };

    public static Actor TownshipSupervisor { get; } = new(TownshipSupervisorId, ActorRole.Supervisor, RuleFixture.Township);

    public static Actor CitySupervisor { get; } = new(CitySupervisorId, ActorRole.Supervisor, RuleFixture.City);

    public static Complainant Named { get; } = new("李秀兰", "13900139000");

    public static string ComplaintNumber(string point = RuleFixture.Township, DateOnly? day = null) =>
        CaseNumber.New(CaseNumber.Complaint, DivisionCode.Parse(point), day ?? Monday);

    public static RegisterComplaintCommand AtHall(
        ComplaintType type = ComplaintType.Transfer,
        ComplaintSubject? subject = null,
        Complainant? complainant = null,
        Actor? actor = null,
        ComplaintChannel channel = ComplaintChannel.Hall,
        string point = RuleFixture.Township,
        string content = "窗口人员态度生硬，让我来回跑了三趟。") =>
        new(actor ?? RuleFixture.TownClerk(), point, channel, type, subject ?? new ComplaintSubject(ComplaintSubjectKind.Window, WindowId: RuleFixture.CivilAffairs), content, complainant);

    /// <summary>A complaint registered on <paramref name="day"/> (default Monday) by a township clerk at the hall, named.</summary>
    public static ComplaintState Registered(
        ComplaintType type = ComplaintType.Transfer, ComplaintSubject? subject = null, bool anonymous = false, DateOnly? day = null) =>
        ComplaintRules.Register(ComplaintNumber(day: day), AtHall(type, subject, anonymous ? null : Named), Context(day)).After;

    public static ComplaintState Acknowledged(ComplaintState state, DateOnly? day = null) =>
        ComplaintRules.Acknowledge(state, new AcknowledgeComplaintCommand(RuleFixture.Director), Context(day)).After;

    /// <summary>Acknowledged, investigated (unless settled on the spot) and decided.</summary>
    public static ComplaintState Decided(ComplaintState state, DateOnly? day = null)
    {
        var acknowledged = Acknowledged(state, day);
        var ready = state.Type == ComplaintType.OnSiteCoordination
            ? acknowledged
            : ComplaintRules.Investigate(acknowledged, new InvestigateComplaintCommand(RuleFixture.Director, null), Context(day)).After;
        return ComplaintRules.Decide(ready, new DecideComplaintCommand(RuleFixture.Director, ComplaintFinding.PartlyUpheld, "经核实，窗口答复不够清楚。"), Context(day)).After;
    }

    public static LinkedCase FlaggedMatter(FlagLevel flag = FlagLevel.Yellow, string point = RuleFixture.Township, string? holding = null, bool open = true, DateOnly? due = null) =>
        new("matter", ReceiptNumber.New(DivisionCode.Parse(point), Monday), point, holding ?? point, open, flag, due ?? Monday.AddDays(3));
}
