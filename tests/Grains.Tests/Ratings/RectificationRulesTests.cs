using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Rectifications;
using Network.Grains.Rectifications.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Ratings;

/// <summary>The rectification of a bad rating (差评整改), without a cluster.</summary>
public sealed class RectificationRulesTests
{
    /// <summary>Fri 13 Nov 2026: the next working day is Mon 16 Nov.</summary>
    private static readonly DateOnly Friday = new(2026, 11, 13);

    private static RectificationContext On(DateOnly day, int maxDays = 15) =>
        new(At(day), ShippedCalendar, Points, CallBackWorkingDays: 1, MaxRectificationWorkingDays: maxDays);

    private static RectificationState Opened(bool named = true, DateOnly? day = null, string point = Township, string window = CivilAffairs, string clerk = ClerkA) =>
        RectificationRules.Open(
            new RectificationOpening(
                $"{NewReceipt(point)}/c1", NewReceipt(point), point, window, clerk, "农村最低生活保障审核", RatingLevel.VeryDissatisfied, [RatingAspect.Attitude], "态度很差",
                named ? Citizen : null, At(day ?? Friday)),
            On(day ?? Friday)).After;

    private static RectificationState Verified(bool named = true) =>
        RectificationRules.CallBack(Opened(named), new CallBackCommand(TownClerk(ClerkB), Reached: true, "已致电群众，核实属实"), On(Friday)).After;

    [Fact]
    public void A_named_bad_rating_must_be_called_back_within_one_working_day()
    {
        var opened = Opened(named: true);

        Assert.Equal(RectificationStatus.AwaitingCallBack, opened.Status);
        Assert.Equal(new DateOnly(2026, 11, 16), opened.CallBackDue);
        Assert.Equal(ShippedCalendar.AddWorkingDays(Friday, 1).Date, opened.CallBackDue);
        // Yellow from the working day before the deadline, red once it has passed; each recorded once.
        var yellow = RectificationRules.CheckDeadlines(opened, On(Friday));
        Assert.Equal(["FlaggedYellow"], yellow.Steps.Select(s => s.Row.Action));
        Assert.True(RectificationRules.CheckDeadlines(yellow.After, On(new DateOnly(2026, 11, 16))).IsEmpty);
        var red = RectificationRules.CheckDeadlines(yellow.After, On(new DateOnly(2026, 11, 17)));
        Assert.Equal(["FlaggedRed"], red.Steps.Select(s => s.Row.Action));
        Assert.Equal(FlagLevel.Red, red.After.Flag);
        Assert.True(RectificationRules.CheckDeadlines(red.After, On(new DateOnly(2026, 11, 18))).IsEmpty);
    }

    [Fact]
    public void The_call_back_deadline_counts_working_days_of_the_calendar_including_make_up_days()
    {
        // Wed 30 Sep 2026: the National Day holiday follows; the next working day comes from the shipped schedule.
        var opened = Opened(day: Today);
        Assert.Equal(ShippedCalendar.AddWorkingDays(Today, 1).Date, opened.CallBackDue);
        Assert.True(opened.CallBackDue > new DateOnly(2026, 10, 7));
        Assert.True(ShippedCalendar.IsWorkingDay(opened.CallBackDue));
    }

    [Fact]
    public void A_named_bad_rating_is_verified_only_by_a_call_that_reached_the_citizen()
    {
        var failed = RectificationRules.CallBack(Opened(named: true), new CallBackCommand(TownClerk(ClerkA), Reached: false, "无人接听"), On(Friday));
        Assert.Equal(("CallBackFailed", RectificationStatus.AwaitingCallBack, 1), (failed.LastAction, failed.After.Status, failed.After.FailedCallBacks));
        Assert.Null(failed.After.CalledBackBy);
        Assert.DoesNotContain(RectificationAction.Resolve, RectificationPolicy.Allowed(failed.After, Director, On(Friday)));

        var reached = RectificationRules.CallBack(failed.After, new CallBackCommand(TownClerk(ClerkA), Reached: true, "已回访，群众反映等候时间长"), On(Friday));
        Assert.Equal(("CalledBack", RectificationStatus.Verified, ClerkA), (reached.LastAction, reached.After.Status, reached.After.CalledBackBy));
    }

    [Fact]
    public void Every_named_bad_rating_is_called_back_before_it_closes()
    {
        // From the first status, no path reaches Closed without a call-back that reached the citizen.
        var opened = Opened(named: true);
        foreach (var action in Enum.GetValues<RectificationAction>().Where(a => a != RectificationAction.CallBack && a != RectificationAction.Read))
        {
            Assert.NotNull(RectificationPolicy.Check(opened, Director, action, On(Friday)));
            Assert.NotNull(RectificationPolicy.Check(opened, CityDirector, action, On(Friday)));
        }

        var closed = RectificationRules.FeedBack(
            RectificationRules.Resolve(Verified(named: true), new ResolveCommand(Director, RectificationMeasure.AtOnce, "已当面致歉并调整窗口服务流程", null), On(Friday)).After,
            new FeedBackCommand(TownClerk(ClerkA), "已电话告知整改结果"),
            On(Friday)).After;
        Assert.Equal(RectificationStatus.Closed, closed.Status);
        Assert.NotNull(closed.CalledBackBy);
        Assert.True(closed.IsClosed);
    }

    [Fact]
    public void An_anonymous_bad_rating_is_verified_without_a_call_and_closes_without_feedback()
    {
        var verified = RectificationRules.CallBack(Opened(named: false), new CallBackCommand(Director, Reached: false, "调取录像核实"), On(Friday));
        Assert.Equal(("Verified", RectificationStatus.Verified), (verified.LastAction, verified.After.Status));

        var explained = RectificationRules.Resolve(verified.After, new ResolveCommand(Director, RectificationMeasure.Explained, "所需材料系法定要求，已在窗口公示说明", null), On(Friday));
        Assert.Equal(("Explained", RectificationStatus.Closed), (explained.LastAction, explained.After.Status));
    }

    [Fact]
    public void A_rectification_deadline_is_at_most_fifteen_working_days()
    {
        var verified = Verified();
        var fifteen = RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "更换叫号设备", 15), On(Friday));
        Assert.Equal(RectificationStatus.Rectifying, fifteen.After.Status);
        Assert.Equal(ShippedCalendar.AddWorkingDays(Friday, 15).Date, fifteen.After.DueDate);

        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "更换叫号设备", 16), On(Friday)), DomainErrorKind.Invalid, "rectification.deadlineTooLong", "workingDays");
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "更换叫号设备", 0), On(Friday)), DomainErrorKind.Invalid, "rectification.deadlineTooLong", "workingDays");
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "更换叫号设备", null), On(Friday)), DomainErrorKind.Invalid, "rectification.deadlineRequired", "workingDays");
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.AtOnce, "已改", 3), On(Friday)), DomainErrorKind.Invalid, "rectification.noDeadline", "workingDays");
    }

    [Fact]
    public void The_longest_rectification_deadline_is_configurable()
    {
        var verified = Verified();
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "整改", 11), On(Friday, maxDays: 10)), DomainErrorKind.Invalid, "rectification.deadlineTooLong", "workingDays");
        Assert.Equal(RectificationStatus.Rectifying, RectificationRules.Resolve(verified, new ResolveCommand(Director, RectificationMeasure.WithDeadline, "整改", 10), On(Friday, maxDays: 10)).After.Status);
    }

    [Fact]
    public void A_rectification_with_a_deadline_is_flagged_like_a_matter_and_fed_back_once_finished()
    {
        var rectifying = RectificationRules.Resolve(Verified(), new ResolveCommand(Director, RectificationMeasure.WithDeadline, "窗口人员培训", 2), On(Friday)).After;
        var due = rectifying.DueDate!.Value;
        Assert.Equal(new DateOnly(2026, 11, 17), due);
        Assert.Equal(FlagLevel.None, RectificationRules.FlagOn(rectifying, Friday, ShippedCalendar));
        Assert.Equal(FlagLevel.Yellow, RectificationRules.FlagOn(rectifying, new DateOnly(2026, 11, 16), ShippedCalendar));
        Assert.Equal(FlagLevel.Red, RectificationRules.FlagOn(rectifying, new DateOnly(2026, 11, 18), ShippedCalendar));

        var finished = RectificationRules.FinishRectification(rectifying, new FinishRectificationCommand(Director, "培训已完成"), On(new DateOnly(2026, 11, 17)));
        Assert.Equal(RectificationStatus.AwaitingFeedback, finished.After.Status);
        var fedBack = RectificationRules.FeedBack(finished.After, new FeedBackCommand(TownClerk(ClerkB), "已告知群众"), On(new DateOnly(2026, 11, 17)));
        Assert.Equal(RectificationStatus.Closed, fedBack.After.Status);
    }

    [Fact]
    public void The_point_that_served_owns_the_rectification()
    {
        var opened = Opened();
        Refused(() => RectificationRules.CallBack(opened, new CallBackCommand(OtherTownClerkActor, true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => RectificationRules.CallBack(opened, new CallBackCommand(CityClerkActor(), true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => RectificationRules.CallBack(opened, new CallBackCommand(CityMonitor, true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => RectificationRules.CallBack(opened, new CallBackCommand(new Actor(ClerkA, ActorRole.WindowClerk, OtherTownship), true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");

        var verified = Verified();
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(TownClerk(ClerkA), RectificationMeasure.AtOnce, "x", null), On(Friday)), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => RectificationRules.Resolve(verified, new ResolveCommand(CityDirector, RectificationMeasure.AtOnce, "x", null), On(Friday)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.True(RectificationPolicy.CanRead(verified, CityMonitor));
        Assert.True(RectificationPolicy.CanRead(verified, CityDirector));
        Assert.False(RectificationPolicy.CanRead(verified, OtherTownClerkActor));
    }

    [Fact]
    public void An_appeal_is_decided_by_the_director_of_the_supervising_tier()
    {
        var appealed = RectificationRules.Appeal(Verified(), new AppealCommand(Director, "监控显示该群众未到窗口办理，属误评"), On(Friday)).After;
        Assert.Equal(RectificationStatus.Appealed, appealed.Status);
        Assert.Equal([RectificationAction.DecideAppeal], RectificationPolicy.Allowed(appealed, CityDirector, On(Friday)));
        Assert.Empty(RectificationPolicy.Allowed(appealed, Director, On(Friday)));

        Refused(() => RectificationRules.DecideAppeal(appealed, new DecideAppealCommand(Director, true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => RectificationRules.DecideAppeal(appealed, new DecideAppealCommand(CityClerkActor(), true, "x"), On(Friday)), DomainErrorKind.Forbidden, "auth.role", "role");

        var upheld = RectificationRules.DecideAppeal(appealed, new DecideAppealCommand(CityDirector, true, "经核实属误评"), On(Friday));
        Assert.Equal((RectificationStatus.SetAside, true, CityDirectorId, City), (upheld.After.Status, upheld.After.IsClosed, upheld.After.AppealDecidedBy, upheld.Steps[0].Row.PointCode));
    }

    [Fact]
    public void A_refused_appeal_returns_the_rectification_to_its_measure()
    {
        var appealed = RectificationRules.Appeal(Verified(), new AppealCommand(Director, "群众恶意差评"), On(Friday)).After;
        var refused = RectificationRules.DecideAppeal(appealed, new DecideAppealCommand(CityDirector, false, "理由不充分"), On(Friday)).After;

        Assert.Equal(RectificationStatus.Verified, refused.Status);
        Assert.Contains(RectificationAction.Resolve, RectificationPolicy.Allowed(refused, Director, On(Friday)));
        Refused(() => RectificationRules.Appeal(refused with { Status = RectificationStatus.AwaitingCallBack }, new AppealCommand(Director, "x"), On(Friday)), DomainErrorKind.Conflict, "rectification.illegalTransition", "status");
    }

    [Fact]
    public void Notes_are_required_and_limited()
    {
        Refused(() => RectificationRules.CallBack(Opened(), new CallBackCommand(TownClerk(ClerkA), true, " "), On(Friday)), DomainErrorKind.Invalid, "text.required", "findings");
        Refused(() => RectificationRules.CallBack(Opened(), new CallBackCommand(TownClerk(ClerkA), true, new string('核', 501)), On(Friday)), DomainErrorKind.Invalid, "text.tooLong", "findings");
    }

    [Fact]
    public void Closed_rectifications_allow_nothing()
    {
        var closed = RectificationRules.Resolve(RectificationRules.CallBack(Opened(named: false), new CallBackCommand(Director, false, "核实"), On(Friday)).After,
            new ResolveCommand(Director, RectificationMeasure.AtOnce, "已整改", null), On(Friday)).After;
        Assert.True(closed.IsClosed);
        Assert.Empty(RectificationPolicy.Allowed(closed, Director, On(Friday)));
        Assert.Null(RectificationRules.NextCheck(closed, ShippedCalendar));
    }

}
