using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Oversight;
using Network.Grains.Supervision;
using Network.Grains.Supervision.Rules;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.Oversight;

/// <summary>Supervision orders (督办) on the pure rules and policy, without a cluster.</summary>
public sealed class SupervisionOrderRulesTests
{
    private static string OrderNumber(string issuer = RuleFixture.Township) => CaseNumber.New(CaseNumber.SupervisionOrder, DivisionCode.Parse(issuer), Monday);

    private static IssueSupervisionOrderCommand Order(Actor issuer, LinkedCase target, int days = 3) =>
        new(issuer, new SupervisionTarget(SupervisionTargetKind.Matter, target.CaseId), "请于期限内办结并说明超期原因。", days);

    private static SupervisionOrderState Issued(LinkedCase? target = null, int days = 3)
    {
        var matter = target ?? FlaggedMatter(FlagLevel.Yellow, RuleFixture.Village);
        return SupervisionOrderRules.Issue(OrderNumber(), Order(TownshipSupervisor, matter, days), Context(linked: matter)).After;
    }

    [Fact]
    public void A_supervision_order_is_issued_only_on_an_overdue_or_flagged_matter()
    {
        var onTime = FlaggedMatter(FlagLevel.None, RuleFixture.Village, due: Monday.AddDays(10));
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, onTime), Context(linked: onTime)), DomainErrorKind.Conflict, "order.matterNotOverdue", "target.caseId");

        var overdue = FlaggedMatter(FlagLevel.None, RuleFixture.Village, due: Monday.AddDays(-1));
        var order = SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, overdue), Context(linked: overdue)).After;

        Assert.Equal((RuleFixture.Village, RuleFixture.Township, SupervisionOrderStatus.Issued), (order.PointCode, order.IssuerPointCode, order.Status));
        Assert.Equal(Monday.AddDays(3), order.DueDate); // Tue, Wed, Thu
        var closed = FlaggedMatter(FlagLevel.Red, RuleFixture.Village, open: false);
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, closed), Context(linked: closed)), DomainErrorKind.Conflict, "order.targetClosed", "target.caseId");
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, overdue), Context()), DomainErrorKind.NotFound, "order.targetUnknown", "target.caseId");
    }

    [Fact]
    public void A_supervision_order_goes_down_the_tiers()
    {
        var ownMatter = FlaggedMatter(FlagLevel.Red, RuleFixture.Township);
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, ownMatter), Context(linked: ownMatter)), DomainErrorKind.Forbidden, "auth.jurisdiction", "target.caseId");

        var otherTownship = FlaggedMatter(FlagLevel.Red, RuleFixture.OtherTownship);
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.Director, otherTownship), Context(linked: otherTownship)), DomainErrorKind.Forbidden, "auth.jurisdiction", "target.caseId");

        var fromCity = SupervisionOrderRules.Issue(OrderNumber(RuleFixture.City), Order(CitySupervisor, ownMatter), Context(linked: ownMatter)).After;
        Assert.Equal((RuleFixture.Township, RuleFixture.City), (fromCity.PointCode, fromCity.IssuerPointCode));

        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(RuleFixture.TownClerk(), ownMatter), Context(linked: ownMatter)), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_handed_up_matter_is_ordered_at_the_point_holding_it()
    {
        var heldAtTownship = FlaggedMatter(FlagLevel.Red, RuleFixture.Village, holding: RuleFixture.Township);

        var order = SupervisionOrderRules.Issue(OrderNumber(RuleFixture.City), Order(RuleFixture.CityDirector, heldAtTownship), Context(linked: heldAtTownship)).After;

        Assert.Equal(RuleFixture.Township, order.PointCode);
    }

    [Fact]
    public void The_point_replies_and_the_issuer_accepts_or_sends_back()
    {
        var order = Issued();
        var villageDirector = new Actor("d-village", ActorRole.CenterDirector, RuleFixture.Village);
        var points = new Dictionary<string, ServicePointProfile>(Points)
        {
            [RuleFixture.Village] = RuleFixture.VillageProfile with { Directors = [new Clerk("d-village", "村站站长")] },
        };
        var context = new OversightContext(RuleFixture.At(Monday.AddDays(1)), RuleFixture.ShippedCalendar, points);

        RuleFixture.IsRefusal(SupervisionOrderPolicy.Check(order, TownshipSupervisor, SupervisionOrderAction.Reply, context), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.Equal([SupervisionOrderAction.Reply, SupervisionOrderAction.CheckDeadlines], SupervisionOrderPolicy.Allowed(order, villageDirector, context));
        var replied = SupervisionOrderRules.Reply(order, new ReplySupervisionOrderCommand(villageDirector, "已补齐材料并办结"), context).After;
        RuleFixture.IsRefusal(SupervisionOrderPolicy.Check(replied, villageDirector, SupervisionOrderAction.Accept, context), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");

        var sentBack = SupervisionOrderRules.SendBack(replied, new SendBackSupervisionOrderCommand(RuleFixture.Director, "未说明超期原因", 2), context).After;
        Assert.Equal((SupervisionOrderStatus.SentBack, 2, Monday.AddDays(3)), (sentBack.Status, sentBack.Rounds, sentBack.DueDate));
        var again = SupervisionOrderRules.Reply(sentBack, new ReplySupervisionOrderCommand(villageDirector, "超期原因：申请人补正材料延迟"), context).After;
        var accepted = SupervisionOrderRules.Accept(again, new AcceptSupervisionOrderCommand(TownshipSupervisor, null), context);

        Assert.True(accepted.After.IsClosed);
        Assert.Equal(RuleFixture.Township, accepted.Steps[0].Row.PointCode);
        RuleFixture.Refused(() => SupervisionOrderRules.Accept(accepted.After, new AcceptSupervisionOrderCommand(TownshipSupervisor, null), context), DomainErrorKind.Conflict, "supervisionOrder.illegalTransition", "status");
    }

    [Fact]
    public void An_overdue_supervision_order_flags_red_upward()
    {
        var order = Issued(days: 1); // due Tue
        Assert.True(SupervisionOrderRules.CheckDeadlines(order, Context(Monday)).IsEmpty); // no warning on the day it was issued
        var yellow = SupervisionOrderRules.CheckDeadlines(order, Context(Monday.AddDays(1))).After; // the due day: still on time
        Assert.Equal(FlagLevel.Yellow, yellow.Flag);
        Assert.DoesNotContain("point:" + RuleFixture.City, SupervisionOrderAnnouncer.GroupsOf(yellow));

        var red = SupervisionOrderRules.CheckDeadlines(yellow, Context(Monday.AddDays(2)));

        Assert.Equal(["FlaggedRed"], red.Steps.Select(s => s.Row.Action));
        Assert.Equal(FlagLevel.Red, red.After.Flag);
        var groups = SupervisionOrderAnnouncer.GroupsOf(red.After);
        Assert.Contains("point:" + RuleFixture.Village, groups);
        Assert.Contains("point:" + RuleFixture.Township, groups);
        Assert.Contains("point:" + RuleFixture.City, groups); // the tier above the issuer
        Assert.Null(SupervisionOrderRules.NextCheck(red.After, RuleFixture.ShippedCalendar));
    }

    [Fact]
    public void A_supervision_order_is_yellow_the_working_day_before_its_deadline()
    {
        var order = Issued(days: 3); // due Thu
        Assert.Equal(Monday.AddDays(2), SupervisionOrderRules.NextCheck(order, RuleFixture.ShippedCalendar));
        Assert.Equal(FlagLevel.Yellow, SupervisionOrderRules.CheckDeadlines(order, Context(Monday.AddDays(2))).After.Flag);
    }

    [Fact]
    public void A_supervision_order_on_a_complaint_goes_to_the_point_handling_it()
    {
        var complaint = new LinkedCase("complaint", ComplaintNumber(RuleFixture.Village), RuleFixture.Village, RuleFixture.Village, true, FlagLevel.None, Monday.AddDays(5));
        var command = new IssueSupervisionOrderCommand(TownshipSupervisor, new SupervisionTarget(SupervisionTargetKind.Complaint, complaint.CaseId), "请核实投诉并答复", 5);

        var order = SupervisionOrderRules.Issue(OrderNumber(), command, Context(linked: complaint)).After;

        Assert.Equal((RuleFixture.Village, SupervisionTargetKind.Complaint), (order.PointCode, order.Target.Kind));
    }

    [Fact]
    public void A_supervision_order_on_a_bad_rating_s_rectification_goes_to_the_point_that_served()
    {
        var rectification = new LinkedCase("rectification", $"{RuleFixture.NewReceipt(RuleFixture.Village)}/closing", RuleFixture.Village, RuleFixture.Village, true, FlagLevel.Red, Monday);
        var command = new IssueSupervisionOrderCommand(TownshipSupervisor, new SupervisionTarget(SupervisionTargetKind.Rectification, rectification.CaseId), "请按期回访核实并整改", 2);

        var order = SupervisionOrderRules.Issue(OrderNumber(), command, Context(linked: rectification)).After;

        Assert.Equal("rectification", SupervisionOrderRules.KindOf(SupervisionTargetKind.Rectification));
        Assert.Equal((RuleFixture.Village, SupervisionTargetKind.Rectification), (order.PointCode, order.Target.Kind));
        var closed = rectification with { IsOpen = false };
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), command, Context(linked: closed)), DomainErrorKind.Conflict, "order.targetClosed", "target.caseId");
    }

    [Fact]
    public void Bad_input_is_refused_with_the_field_and_reason()
    {
        var matter = FlaggedMatter(FlagLevel.Red, RuleFixture.Village);
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(TownshipSupervisor, matter, 0), Context(linked: matter)), DomainErrorKind.Invalid, "workingDays.range", "workingDays");
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(TownshipSupervisor, matter, 31), Context(linked: matter)), DomainErrorKind.Invalid, "workingDays.range", "workingDays");
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(TownshipSupervisor, matter) with { Instructions = "" }, Context(linked: matter)), DomainErrorKind.Invalid, "text.required", "instructions");
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(RuleFixture.City), Order(TownshipSupervisor, matter), Context(linked: matter)), DomainErrorKind.Invalid, "order.otherPoint", "number");
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(TownshipSupervisor, matter) with { Target = null! }, Context(linked: matter)), DomainErrorKind.Invalid, "order.targetRequired", "target");
        var forged = new Actor("s-forged", ActorRole.Supervisor, RuleFixture.Township);
        RuleFixture.Refused(() => SupervisionOrderRules.Issue(OrderNumber(), Order(forged, matter), Context(linked: matter)), DomainErrorKind.Forbidden, "auth.jurisdiction", "actor");
    }
}
