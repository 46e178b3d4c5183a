using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// The one-time notice (一次性告知): once per matter, at intake or within five working days after
/// it (the 调休 Saturday 10 Oct 2026 counted); any further notice only with the director's approval
/// and a reason, and only an approved one stops the clock; the pauses are kept for supervision.
/// Pure rules on the shipped calendar, without a cluster.
/// </summary>
public sealed class NoticeRulesTests
{
    // The allowance accepted Wed 30 Sep 2026: 1-7 Oct off, Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    private static readonly DateOnly FifthWorkingDay = new(2026, 10, 13);

    private static readonly Actor OtherDirector = new("d-other", ActorRole.CenterDirector, OtherTownship);

    private static MatterAction[] Allowed(MatterState state, Actor actor, DateOnly day) =>
        MatterPolicy.Allowed(state, actor, Context(day)).Select(a => a.Action).ToArray();

    /// <summary>Taken in without the income proof (the one-time notice at intake), then supplied: in progress, the notice used.</summary>
    private static MatterState NoticedAtIntakeThenSupplied()
    {
        var waiting = Accepted(Intake(Allowance, "居民身份证", "户口簿"));
        Assert.Equal(1, waiting.NoticesIssued);
        return MatterRules.SupplyMaterials(waiting, new SupplyMaterialsCommand(TownClerk(), ["家庭收入证明"]), Context()).After;
    }

    private static MatterState Asked(MatterState state, DateOnly day, params string[] missing) =>
        MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(), missing, "户口簿页面不清晰，需重新提供"), Context(day)).After;

    [Fact]
    public void The_one_time_notice_may_be_issued_on_the_fifth_working_day_after_intake_counting_the_make_up_saturday()
    {
        var change = MatterRules.RequestSupplement(AcceptedAllowance(), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context(FifthWorkingDay));

        Assert.Equal(["SupplementRequested"], Actions(change));
        Assert.Equal((MatterStatus.AwaitingSupplement, 1, (DateOnly?)FifthWorkingDay), (change.After.Status, change.After.NoticesIssued, change.After.PausedSince));
        Assert.Equal([new ClockPause(FifthWorkingDay, null, 0)], change.After.Pauses);
        Assert.Equal(FifthWorkingDay, OneTimeNoticeRule.LastDay(AcceptedAllowance(), ShippedCalendar));
    }

    [Fact]
    public void A_one_time_notice_after_five_working_days_is_refused()
    {
        // Without the make-up Saturday the fifth working day would be Wed 14 Oct.
        var late = new DateOnly(2026, 10, 14);
        var state = AcceptedAllowance();

        var refusal = Refused(() => MatterRules.RequestSupplement(state, new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context(late)), DomainErrorKind.Conflict, "notice.tooLate", "missing");

        Assert.Contains("2026-10-13", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(MatterAction.RequestSupplement, Allowed(state, TownClerk(), late));
        Assert.Contains(MatterAction.AskSupplementApproval, Allowed(state, TownClerk(), late));
        Assert.Contains(MatterAction.RequestSupplement, Allowed(state, TownClerk(), FifthWorkingDay));
        Assert.DoesNotContain(MatterAction.AskSupplementApproval, Allowed(state, TownClerk(), FifthWorkingDay));
    }

    [Fact]
    public void A_second_one_time_notice_needs_the_directors_approval()
    {
        var state = NoticedAtIntakeThenSupplied();
        Assert.Equal(MatterStatus.InProgress, state.Status);
        var day = new DateOnly(2026, 10, 8);

        Refused(() => MatterRules.RequestSupplement(state, new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context(day)), DomainErrorKind.Conflict, "notice.alreadyIssued", "missing");
        var asked = MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(ClerkB), ["户口簿"], "户口簿页面不清晰"), Context(day));
        Assert.Equal(["SupplementApprovalAsked"], Actions(asked));
        var pending = asked.After;
        Assert.Equal((MatterStatus.InProgress, (DateOnly?)null, 1), (pending.Status, pending.PausedSince, pending.NoticesIssued));
        var request = pending.PendingSupplement!;
        Assert.Equal(["户口簿"], request.Missing);
        Assert.Equal(("户口簿页面不清晰", ClerkB, At(day)), (request.Reason, request.ClerkId, request.AskedAt));
        Assert.Equal([MatterAction.HandOver, MatterAction.CheckDeadlines, MatterAction.ApproveSupplement, MatterAction.RefuseSupplement, MatterAction.Extend], Allowed(pending, Director, day));

        var approved = MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(Director, [], "材料确有缺陷，同意再次告知"), Context(new DateOnly(2026, 10, 9)));

        Assert.Equal(["SupplementApproved"], Actions(approved));
        var paused = approved.After;
        Assert.Equal((MatterStatus.AwaitingSupplement, 2, (DateOnly?)new DateOnly(2026, 10, 9)), (paused.Status, paused.NoticesIssued, paused.PausedSince));
        Assert.Null(paused.PendingSupplement);
        Assert.Equal(["户口簿"], paused.Notice!.Missing);
        Assert.Equal(ClerkB, paused.Notice.ClerkId);
        Assert.Equal([new ClockPause(new DateOnly(2026, 10, 9), null, 0, TownshipDirectorId, "材料确有缺陷，同意再次告知")], paused.Pauses);
        Assert.Equal(TownshipDirectorId, approved.Steps[0].Entry.ActorId);
        Assert.Contains("第 2 次告知", approved.Steps[0].Entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unapproved_second_notice_does_not_pause_the_clock()
    {
        // The one-time notice Thu 8 Oct, answered Fri 9 Oct (1 working day): due Wed 14 Oct.
        var noticed = MatterRules.RequestSupplement(AcceptedAllowance(), new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 8))).After;
        var resumed = MatterRules.SupplyMaterials(noticed, new SupplyMaterialsCommand(TownClerk(), ["户口簿"]), Context(new DateOnly(2026, 10, 9))).After;
        Assert.Equal(new DateOnly(2026, 10, 14), resumed.DueDate);

        // The second request on the make-up Saturday, never approved.
        var pending = Asked(resumed, new DateOnly(2026, 10, 10), "家庭收入证明");

        Assert.Equal(MatterStatus.InProgress, pending.Status);
        Assert.Null(pending.PausedSince);
        Assert.Equal(new DateOnly(2026, 10, 14), pending.DueDate);
        Assert.Equal(new DateOnly(2026, 10, 13), MatterRules.NextCheck(pending, ShippedCalendar));
        var check = MatterRules.CheckDeadlines(pending, Context(new DateOnly(2026, 10, 15)));
        Assert.Equal(["FlaggedRed"], Actions(check.Change));
        Assert.Equal(FlagLevel.Red, Assert.Single(check.Flags).Level);
    }

    [Fact]
    public void The_director_may_refuse_a_second_notice_and_the_clock_runs_on()
    {
        var day = new DateOnly(2026, 10, 8);
        var pending = Asked(NoticedAtIntakeThenSupplied(), day, "户口簿");

        Refused(() => MatterRules.RefuseSupplement(pending, new RefuseSupplementCommand(Director, " "), Context(day)), DomainErrorKind.Invalid, "text.required", "reason");
        var refused = MatterRules.RefuseSupplement(pending, new RefuseSupplementCommand(Director, "材料已齐全，无需补正"), Context(day));

        Assert.Equal(["SupplementRefused"], Actions(refused));
        Assert.Null(refused.After.PendingSupplement);
        Assert.Equal((MatterStatus.InProgress, (DateOnly?)null, 1), (refused.After.Status, refused.After.PausedSince, refused.After.NoticesIssued));
        Assert.Contains("材料已齐全，无需补正", refused.Steps[0].Entry.Detail, StringComparison.Ordinal);
        Refused(() => MatterRules.RefuseSupplement(refused.After, new RefuseSupplementCommand(Director, "再次"), Context(day)), DomainErrorKind.Conflict, "notice.noPendingRequest", "status");
    }

    [Fact]
    public void A_further_notice_is_approved_only_by_the_director_of_the_point_of_intake_with_a_reason()
    {
        var day = new DateOnly(2026, 10, 8);
        var pending = Asked(NoticedAtIntakeThenSupplied(), day, "户口簿");

        Refused(() => MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(TownClerk(), [], "同意"), Context(day)), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(OtherDirector, [], "同意"), Context(day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(CityDirector, [], "同意"), Context(day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(new Actor("d-forged", ActorRole.CenterDirector, Township), [], "同意"), Context(day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Refused(() => MatterRules.ApproveSupplement(pending, new ApproveSupplementCommand(Director, [], ""), Context(day)), DomainErrorKind.Invalid, "text.required", "reason");
        Refused(() => MatterRules.RefuseSupplement(pending, new RefuseSupplementCommand(TownClerk(), "不同意"), Context(day)), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void The_director_may_issue_a_further_notice_with_a_reason_and_the_pauses_are_kept_for_supervision()
    {
        var state = NoticedAtIntakeThenSupplied();
        Refused(() => MatterRules.ApproveSupplement(state, new ApproveSupplementCommand(Director, [], "缺材料"), Context(new DateOnly(2026, 10, 8))), DomainErrorKind.Invalid, "materials.required", "missing");

        // Issued Thu 8 Oct, supplied Mon 12 Oct: Fri 9, Sat 10 (make-up) and Mon 12 stood still.
        var paused = MatterRules.ApproveSupplement(state, new ApproveSupplementCommand(Director, ["家庭收入证明"], "收入证明缺少公章"), Context(new DateOnly(2026, 10, 8))).After;
        var change = MatterRules.SupplyMaterials(paused, new SupplyMaterialsCommand(TownClerk(), ["家庭收入证明"]), Context(new DateOnly(2026, 10, 12)));

        var resumed = change.After;
        Assert.Equal([new ClockPause(new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 12), 3, TownshipDirectorId, "收入证明缺少公章")], resumed.Pauses);
        Assert.Equal(3, resumed.PausedWorkingDays);
        Assert.Contains("累计 3 个工作日", change.Steps[^1].Entry.Detail, StringComparison.Ordinal);
        var seenBySupervision = resumed.ToView();
        Assert.Equal((3, 2), (seenBySupervision.PausedWorkingDays, seenBySupervision.NoticesIssued));
        Assert.Equal(resumed.Pauses, seenBySupervision.Pauses);
        Assert.True(MatterPolicy.CanRead(resumed, CityMonitor));
    }

    [Fact]
    public void The_clerk_issues_the_one_time_notice_without_asking_the_director()
    {
        var state = AcceptedAllowance();

        Refused(() => MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(), ["户口簿"], "理由"), Context()), DomainErrorKind.Conflict, "notice.oneTimeNoticeAvailable", "missing");
        Refused(() => MatterRules.ApproveSupplement(state, new ApproveSupplementCommand(Director, ["户口簿"], "理由"), Context()), DomainErrorKind.Conflict, "notice.oneTimeNoticeAvailable", "missing");
    }

    [Fact]
    public void One_request_for_a_further_notice_waits_at_a_time_and_it_must_name_what_is_missing_and_why()
    {
        var state = NoticedAtIntakeThenSupplied();
        var day = new DateOnly(2026, 10, 8);

        Refused(() => MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(), [], "理由"), Context(day)), DomainErrorKind.Invalid, "materials.required", "missing");
        Refused(() => MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(), ["户口簿"], " "), Context(day)), DomainErrorKind.Invalid, "text.required", "reason");
        Refused(() => MatterRules.AskSupplementApproval(state, new AskSupplementApprovalCommand(TownClerk(PlanningClerk), ["户口簿"], "理由"), Context(day)), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        var pending = Asked(state, day, "户口簿");
        Refused(() => Asked(pending, day, "家庭收入证明"), DomainErrorKind.Conflict, "notice.approvalPending", "missing");
    }

    [Fact]
    public void A_matter_stored_before_notices_were_counted_has_used_its_one_time_notice_if_it_has_a_notice()
    {
        var legacy = MatterRules.SupplyMaterials(Accepted(Intake(Allowance, "居民身份证", "户口簿")), new SupplyMaterialsCommand(TownClerk(), ["家庭收入证明"]), Context()).After with { NoticesIssued = 0 };

        Refused(() => MatterRules.RequestSupplement(legacy, new RequestSupplementCommand(TownClerk(), ["户口簿"]), Context()), DomainErrorKind.Conflict, "notice.alreadyIssued", "missing");
    }
}
