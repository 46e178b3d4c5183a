using Network.Grains.Complaints;
using Network.Grains.Complaints.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Oversight;
using Network.Grains.Tests.Rules;
using static Network.Grains.Tests.Oversight.OversightFixture;

namespace Network.Grains.Tests.Oversight;

/// <summary>The complaint's rules (GB/T 36113) on the pure rules and policy, without a cluster.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);
    private static readonly DateOnly Wednesday = Monday.AddDays(2);
    private static readonly DateOnly Friday = Monday.AddDays(4);
    private static readonly DateOnly NextMonday = Monday.AddDays(7);
    private static readonly DateOnly NextTuesday = Monday.AddDays(8);

    [Fact]
    public void A_transferred_complaint_must_be_replied_within_five_working_days()
    {
        var registered = Registered(ComplaintType.Transfer);
        Assert.Equal(NextMonday, registered.ReplyBy); // Tue, Wed, Thu, Fri, Mon

        var acknowledged = Acknowledged(registered, Tuesday);
        var thursday = ComplaintRules.CheckDeadlines(acknowledged, Context(Monday.AddDays(3)));
        Assert.True(thursday.IsEmpty);
        var yellow = ComplaintRules.CheckDeadlines(acknowledged, Context(Friday)).After;
        Assert.Equal(FlagLevel.Yellow, yellow.ReplyFlag);
        var red = ComplaintRules.CheckDeadlines(yellow, Context(NextTuesday));
        Assert.Equal(["ReplyFlaggedRed"], red.Steps.Select(s => s.Row.Action));
        Assert.Equal(FlagLevel.Red, red.After.Flag);
        Assert.Equal(RuleFixture.Township, red.Steps[0].Row.PointCode);
    }

    [Fact]
    public void A_complaint_must_be_acknowledged_within_one_working_day()
    {
        var registered = Registered();
        Assert.Equal(Tuesday, registered.AcknowledgeBy);
        Assert.Equal(Tuesday, registered.DueDate);

        Assert.True(ComplaintRules.CheckDeadlines(registered, Context(Monday)).IsEmpty); // no warning on the day it was registered
        var dueDay = ComplaintRules.CheckDeadlines(registered, Context(Tuesday));
        Assert.Equal(["AcknowledgementFlaggedYellow"], dueDay.Steps.Select(s => s.Row.Action));
        var late = ComplaintRules.CheckDeadlines(dueDay.After, Context(Wednesday));

        Assert.Equal(["AcknowledgementFlaggedRed"], late.Steps.Select(s => s.Row.Action));
        Assert.Equal(FlagLevel.Red, late.After.Flag);
        Assert.Equal(Tuesday, ComplaintRules.NextCheck(registered, RuleFixture.ShippedCalendar));
        Assert.Equal(Wednesday, ComplaintRules.NextCheck(dueDay.After, RuleFixture.ShippedCalendar));
    }

    [Fact]
    public void An_on_site_coordination_complaint_is_settled_the_same_day()
    {
        var registered = Registered(ComplaintType.OnSiteCoordination);

        Assert.Equal(Monday, registered.AcknowledgeBy);
        Assert.Equal(Monday, registered.ReplyBy);
        var decided = Decided(registered);
        var replied = ComplaintRules.Reply(decided, new ReplyComplaintCommand(RuleFixture.Director, "已当场协调解决，窗口人员已致歉。"), Context()).After;
        Assert.Null(replied.DueDate);
        Assert.True(ComplaintRules.CheckDeadlines(replied, Context(Tuesday)).IsEmpty);
        var unsettled = ComplaintRules.CheckDeadlines(Acknowledged(registered), Context(Tuesday)).After;
        Assert.Equal(FlagLevel.Red, unsettled.ReplyFlag);
    }

    [Fact]
    public void An_on_site_coordination_happens_only_at_the_hall()
    {
        RuleFixture.Refused(
            () => ComplaintRules.Register(ComplaintNumber(), AtHall(ComplaintType.OnSiteCoordination, channel: ComplaintChannel.Phone, complainant: Named), Context()),
            DomainErrorKind.Invalid, "complaint.onSiteAtHallOnly", "type");
        RuleFixture.Refused(
            () => ComplaintRules.RegisterFromPublic(ComplaintNumber(), new PublicComplaintRequest(RuleFixture.Township, ComplaintType.OnSiteCoordination, new ComplaintSubject(ComplaintSubjectKind.Center), "排队太久", null), Context()),
            DomainErrorKind.Invalid, "complaint.onSiteAtHallOnly", "type");
    }

    [Fact]
    public void A_suggestion_is_answered_within_fifteen_working_days()
    {
        Assert.Equal(new DateOnly(2026, 12, 7), Registered(ComplaintType.Suggestion).ReplyBy);
    }

    [Fact]
    public void A_reply_deadline_may_be_extended_once_to_fifteen_with_a_reason()
    {
        var acknowledged = Acknowledged(Registered(ComplaintType.Transfer));
        RuleFixture.Refused(() => ComplaintRules.Extend(acknowledged, new ExtendComplaintCommand(RuleFixture.Director, " "), Context(Friday)), DomainErrorKind.Invalid, "text.required", "reason");

        var yellow = ComplaintRules.CheckDeadlines(acknowledged, Context(Friday)).After;
        var extended = ComplaintRules.Extend(yellow, new ExtendComplaintCommand(RuleFixture.Director, "涉及县国土部门，需联合核查"), Context(Friday));

        Assert.Equal(new DateOnly(2026, 12, 7), extended.After.ReplyBy);
        Assert.True(extended.After.Extended);
        Assert.Equal(FlagLevel.None, extended.After.ReplyFlag);
        Assert.Equal("Extended", extended.LastAction);
        RuleFixture.Refused(() => ComplaintRules.Extend(extended.After, new ExtendComplaintCommand(RuleFixture.Director, "再次延期"), Context(Friday)), DomainErrorKind.Conflict, "complaint.alreadyExtended", "replyBy");
        Assert.DoesNotContain(ComplaintAction.Extend, ComplaintPolicy.Allowed(extended.After, RuleFixture.Director, Context(Friday)));
    }

    [Fact]
    public void Only_a_transferred_complaint_may_be_extended()
    {
        var suggestion = Acknowledged(Registered(ComplaintType.Suggestion));
        RuleFixture.Refused(() => ComplaintRules.Extend(suggestion, new ExtendComplaintCommand(RuleFixture.Director, "需要时间"), Context()), DomainErrorKind.Conflict, "complaint.notTransferred", "type");
    }

    [Fact]
    public void A_reply_deadline_that_has_passed_can_no_longer_be_extended()
    {
        var acknowledged = Acknowledged(Registered(ComplaintType.Transfer));
        RuleFixture.Refused(() => ComplaintRules.Extend(acknowledged, new ExtendComplaintCommand(RuleFixture.Director, "补救"), Context(NextTuesday)), DomainErrorKind.Conflict, "complaint.deadlinePassed", "replyBy");
    }

    [Fact]
    public void A_complaint_about_the_director_goes_to_the_supervising_tier()
    {
        var aboutDirector = Registered(subject: new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: RuleFixture.TownshipDirectorId));

        Assert.Equal(RuleFixture.Township, aboutDirector.PointCode);
        Assert.Equal(RuleFixture.City, aboutDirector.HandlingPointCode);
        RuleFixture.IsRefusal(ComplaintPolicy.Check(aboutDirector, RuleFixture.Director, ComplaintAction.Acknowledge, Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.False(ComplaintPolicy.CanRead(aboutDirector, RuleFixture.Director));
        Assert.Contains(ComplaintAction.Acknowledge, ComplaintPolicy.Allowed(aboutDirector, RuleFixture.CityDirector, Context()));
        Assert.Contains(ComplaintAction.Acknowledge, ComplaintPolicy.Allowed(aboutDirector, CitySupervisor, Context()));
        var acknowledged = ComplaintRules.Acknowledge(aboutDirector, new AcknowledgeComplaintCommand(RuleFixture.CityDirector), Context());
        Assert.Equal(RuleFixture.City, acknowledged.Steps[0].Row.PointCode);
    }

    [Fact]
    public void A_complaint_about_the_city_director_is_handled_by_the_city_supervisors()
    {
        var command = AtHall(
            subject: new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: RuleFixture.CityDirectorId),
            complainant: Named,
            actor: RuleFixture.CityClerkActor(),
            point: RuleFixture.City);
        var state = ComplaintRules.Register(ComplaintNumber(RuleFixture.City), command, Context()).After;

        Assert.Equal(RuleFixture.City, state.HandlingPointCode);
        RuleFixture.IsRefusal(ComplaintPolicy.Check(state, RuleFixture.CityDirector, ComplaintAction.Acknowledge, Context()), DomainErrorKind.Forbidden, "complaint.aboutYou", "actor");
        Assert.Null(ComplaintPolicy.Check(state, CitySupervisor, ComplaintAction.Acknowledge, Context()));
    }

    [Fact]
    public void An_anonymous_complaint_gets_no_feedback()
    {
        var anonymous = Registered(anonymous: true);
        var decided = Decided(anonymous);

        Assert.True(decided.Anonymous);
        Assert.Null(decided.DueDate); // the clock stops at the decision: nobody to answer
        RuleFixture.Refused(() => ComplaintRules.Reply(decided, new ReplyComplaintCommand(RuleFixture.Director, "答复"), Context()), DomainErrorKind.Conflict, "complaint.anonymous", "complainant");
        Assert.Contains(ComplaintAction.File, ComplaintPolicy.Allowed(decided, RuleFixture.Director, Context()));
        Assert.DoesNotContain(ComplaintAction.Reply, ComplaintPolicy.Allowed(decided, RuleFixture.Director, Context()));
        var filed = ComplaintRules.File(decided, new FileComplaintCommand(RuleFixture.Director), Context());
        Assert.True(filed.After.IsClosed);
        Assert.Null(filed.After.ToView(showComplainant: true).ComplainantName);
    }

    [Fact]
    public void A_transferred_complaint_is_investigated_before_it_is_decided()
    {
        var acknowledged = Acknowledged(Registered(ComplaintType.Transfer));

        RuleFixture.Refused(
            () => ComplaintRules.Decide(acknowledged, new DecideComplaintCommand(RuleFixture.Director, ComplaintFinding.NotUpheld, "不属实"), Context()),
            DomainErrorKind.Conflict, "complaint.illegalTransition", "status");
        Assert.Equal([ComplaintAction.Investigate, ComplaintAction.Extend, ComplaintAction.CheckDeadlines], ComplaintPolicy.Allowed(acknowledged, RuleFixture.Director, Context()));
    }

    [Fact]
    public void A_named_complaint_is_replied_to_before_it_is_filed()
    {
        var decided = Decided(Registered());

        RuleFixture.Refused(() => ComplaintRules.File(decided, new FileComplaintCommand(RuleFixture.Director), Context()), DomainErrorKind.Conflict, "complaint.illegalTransition", "status");
        var replied = ComplaintRules.Reply(decided, new ReplyComplaintCommand(RuleFixture.Director, "已约谈窗口人员并致歉。"), Context()).After;
        var filed = ComplaintRules.File(replied, new FileComplaintCommand(RuleFixture.Director), Context()).After;
        Assert.Equal(ComplaintStatus.Filed, filed.Status);
    }

    [Fact]
    public void A_complaint_runs_registered_acknowledged_investigated_decided_replied_filed()
    {
        var steps = new List<string>();
        var state = Registered();
        OversightChange<ComplaintState> Take(OversightChange<ComplaintState> change)
        {
            steps.AddRange(change.Steps.Select(s => s.Row.Action));
            state = change.After;
            return change;
        }

        Take(ComplaintRules.Acknowledge(state, new AcknowledgeComplaintCommand(TownshipSupervisor), Context()));
        Take(ComplaintRules.Investigate(state, new InvestigateComplaintCommand(TownshipSupervisor, "调取窗口录像"), Context()));
        Take(ComplaintRules.Decide(state, new DecideComplaintCommand(TownshipSupervisor, ComplaintFinding.Upheld, "情况属实"), Context()));
        Take(ComplaintRules.Reply(state, new ReplyComplaintCommand(RuleFixture.Director, "已处理"), Context()));
        var last = Take(ComplaintRules.File(state, new FileComplaintCommand(RuleFixture.Director), Context()));

        Assert.Equal(["Acknowledged", "InvestigationStarted", "Decided", "Replied", "Filed"], steps);
        Assert.Equal(6, last.After.LedgerSequence);
        Assert.Equal("Replied", last.Steps[0].Row.StatusBefore);
        Assert.Equal(ComplaintFinding.Upheld, state.Finding);
    }

    [Fact]
    public void The_person_complained_about_neither_reads_nor_handles_it()
    {
        var aboutSupervisor = Registered(subject: new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: TownshipSupervisorId));

        Assert.Equal(RuleFixture.Township, aboutSupervisor.HandlingPointCode);
        Assert.False(ComplaintPolicy.CanRead(aboutSupervisor, TownshipSupervisor));
        RuleFixture.IsRefusal(ComplaintPolicy.Check(aboutSupervisor, TownshipSupervisor, ComplaintAction.Acknowledge, Context()), DomainErrorKind.Forbidden, "complaint.aboutYou", "actor");
        Assert.Null(ComplaintPolicy.Check(aboutSupervisor, RuleFixture.Director, ComplaintAction.Acknowledge, Context()));
    }

    [Fact]
    public void Only_those_who_handle_a_complaint_see_the_complainant_in_clear()
    {
        var state = Registered();

        var director = state.ToView(ComplaintPolicy.ShowsComplainant(state, RuleFixture.Director, Context()));
        var monitor = state.ToView(ComplaintPolicy.ShowsComplainant(state, RuleFixture.CityMonitor, Context()));

        Assert.Equal(("李秀兰", "13900139000"), (director.ComplainantName, director.ComplainantPhone));
        Assert.Equal(("李**", "*******9000"), (monitor.ComplainantName, monitor.ComplainantPhone));
        Assert.True(ComplaintPolicy.CanRead(state, RuleFixture.CityMonitor));
        Assert.Empty(ComplaintPolicy.Allowed(state, RuleFixture.CityMonitor, Context()));
    }

    [Fact]
    public void A_clerk_records_complaints_at_their_own_point_only()
    {
        RuleFixture.Refused(
            () => ComplaintRules.Register(ComplaintNumber(RuleFixture.OtherTownship), AtHall(point: RuleFixture.OtherTownship, subject: new ComplaintSubject(ComplaintSubjectKind.Center)), Context()),
            DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        RuleFixture.Refused(
            () => ComplaintRules.Register(ComplaintNumber(RuleFixture.Village), AtHall(actor: RuleFixture.Agent, point: RuleFixture.Village, subject: new ComplaintSubject(ComplaintSubjectKind.Center)), Context()),
            DomainErrorKind.Forbidden, "auth.role", "role");
        var byPhone = ComplaintRules.Register(ComplaintNumber(RuleFixture.Village), AtHall(actor: TownshipSupervisor, channel: ComplaintChannel.Phone, point: RuleFixture.Village, subject: new ComplaintSubject(ComplaintSubjectKind.Center)), Context());
        Assert.Equal(RuleFixture.Village, byPhone.After.HandlingPointCode);
    }

    [Fact]
    public void A_forged_supervisor_is_refused()
    {
        var forged = new Actor("s-forged", ActorRole.Supervisor, RuleFixture.Township);
        RuleFixture.IsRefusal(ComplaintPolicy.Check(Registered(), forged, ComplaintAction.Acknowledge, Context()), DomainErrorKind.Forbidden, "auth.jurisdiction", "actor");
    }

    [Fact]
    public void Bad_input_is_refused_with_the_field_and_reason()
    {
        var number = ComplaintNumber();
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(subject: new ComplaintSubject(ComplaintSubjectKind.Window, WindowId: "no-such-window")), Context()), DomainErrorKind.NotFound, "window.unknown", "subject.windowId");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(subject: new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: "c-nobody")), Context()), DomainErrorKind.NotFound, "clerk.unknown", "subject.clerkId");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(content: "  "), Context()), DomainErrorKind.Invalid, "text.required", "content");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(content: new string('长', ComplaintRules.MaxContent + 1)), Context()), DomainErrorKind.Invalid, "text.tooLong", "content");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(channel: ComplaintChannel.Web), Context()), DomainErrorKind.Invalid, "complaint.channel", "channel");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(complainant: new Complainant("李秀兰", "打电话")), Context()), DomainErrorKind.Invalid, "phone.invalid", "complainant.phone");
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(type: (ComplaintType)9), Context()), DomainErrorKind.Invalid, "complaint.type", "type");
        var unknownMatter = new ComplaintSubject(ComplaintSubjectKind.Matter, ReceiptNumber: RuleFixture.NewReceipt());
        RuleFixture.Refused(() => ComplaintRules.Register(number, AtHall(subject: unknownMatter), Context()), DomainErrorKind.NotFound, "matter.unknown", "subject.receiptNumber");
        RuleFixture.Refused(() => ComplaintRules.Register(ComplaintNumber(RuleFixture.OtherTownship), AtHall(), Context()), DomainErrorKind.Invalid, "complaint.otherPoint", "pointCode");
    }

    [Fact]
    public void A_complaint_about_a_matter_names_a_matter_of_the_point()
    {
        var matter = FlaggedMatter(FlagLevel.None);
        var subject = new ComplaintSubject(ComplaintSubjectKind.Matter, ReceiptNumber: matter.CaseId);

        var state = ComplaintRules.Register(ComplaintNumber(), AtHall(subject: subject), Context(linked: matter)).After;

        Assert.Equal(matter.CaseId, state.Subject.ReceiptNumber);
        var other = FlaggedMatter(FlagLevel.None, RuleFixture.OtherTownship);
        RuleFixture.Refused(
            () => ComplaintRules.Register(ComplaintNumber(), AtHall(subject: new ComplaintSubject(ComplaintSubjectKind.Matter, ReceiptNumber: other.CaseId)), Context(linked: other)),
            DomainErrorKind.Invalid, "complaint.matterOtherPoint", "subject.receiptNumber");
    }

    [Fact]
    public void A_named_web_complaint_needs_a_phone_for_the_reply()
    {
        RuleFixture.Refused(
            () => ComplaintRules.RegisterFromPublic(ComplaintNumber(), new PublicComplaintRequest(RuleFixture.Township, ComplaintType.Transfer, new ComplaintSubject(ComplaintSubjectKind.Center), "排队太久", new Complainant("李秀兰", null)), Context()),
            DomainErrorKind.Invalid, "text.required", "complainant.phone");
        var web = ComplaintRules.RegisterFromPublic(ComplaintNumber(), new PublicComplaintRequest(RuleFixture.Township, ComplaintType.Transfer, new ComplaintSubject(ComplaintSubjectKind.Center), "排队太久", null), Context());
        Assert.Equal((ComplaintChannel.Web, ComplaintRules.PublicActorId, true), (web.After.Channel, web.After.RegisteredBy, web.After.Anonymous));
        Assert.Equal(ComplaintRules.PublicActorId, web.ActorId);
    }

    [Fact]
    public void A_live_complaint_message_goes_to_the_point_the_handling_point_and_the_city_without_personal_data()
    {
        var aboutDirector = ComplaintRules.Register(ComplaintNumber(), AtHall(subject: new ComplaintSubject(ComplaintSubjectKind.Clerk, ClerkId: RuleFixture.TownshipDirectorId), complainant: Named), Context());

        var groups = ComplaintAnnouncer.GroupsOf(aboutDirector.After);
        var payload = ComplaintAnnouncer.Payload(aboutDirector.After, aboutDirector);

        Assert.Contains("point:" + RuleFixture.Township, groups);
        Assert.Contains("point:" + RuleFixture.City, groups);
        Assert.Contains("city:" + RuleFixture.City, groups);
        var json = System.Text.Json.JsonSerializer.Serialize(payload);
        Assert.DoesNotContain("李秀兰", json);
        Assert.DoesNotContain("13900139000", json);
        Assert.DoesNotContain(RuleFixture.TownshipDirectorId, json);
    }
}
