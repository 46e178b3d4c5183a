using Network.Grains.Calendar;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// The one-time notice (一次性告知): the citizen is told every missing material once, at intake or
/// within five working days after it (《行政许可法》第三十二条: 当场或者在五日内一次告知). This is the one
/// place the rule is decided. A clerk issues that notice alone; any further notice (a second one,
/// or one later than the five days) needs the point's director's approval with a reason, and only
/// an approved notice stops the clock — a request waiting for the director does not, so it cannot
/// hide an overdue matter from electronic supervision (电子监察).
/// </summary>
public static class OneTimeNoticeRule
{
    /// <summary>Working days after the day of intake (not counted) within which the one-time notice may be issued.</summary>
    public const int WorkingDaysAfterIntake = 5;

    /// <summary>Notices issued so far; a matter stored before the count was kept counts its notice, if it has one.</summary>
    public static int Issued(MatterState state) => Math.Max(state.NoticesIssued, state.Notice is null ? 0 : 1);

    /// <summary>The last day the one-time notice may be issued: five working days after the day of intake, make-up days (调休) counted.</summary>
    public static DateOnly LastDay(MatterState state, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(ChinaTime.DateOf(state.ReceivedAt), WorkingDaysAfterIntake).Date;

    /// <summary>
    /// Null when a clerk may issue the one-time notice now; otherwise the refusal that sends a further
    /// notice to the director (409 <c>notice.alreadyIssued</c> or <c>notice.tooLate</c>).
    /// </summary>
    public static DomainException? ClerkMayNotIssue(MatterState state, MatterContext context)
    {
        if (Issued(state) > 0)
        {
            return Refusal.Conflict(
                "notice.alreadyIssued",
                $"The one-time notice (一次性告知) of matter {state.ReceiptNumber} was already issued; a further notice needs the director's approval with a reason.",
                "missing");
        }

        var last = LastDay(state, context.Calendar);
        return context.Today > last
            ? Refusal.Conflict(
                "notice.tooLate",
                $"The one-time notice of matter {state.ReceiptNumber} could be issued until {last:yyyy-MM-dd} ({WorkingDaysAfterIntake} working days after intake); a later notice needs the director's approval with a reason.",
                "missing")
            : null;
    }

    /// <summary>
    /// Null when a further notice may go to the director now: the one-time notice is no longer the
    /// clerk's to issue (409 <c>notice.oneTimeNoticeAvailable</c> otherwise: issue that one instead).
    /// </summary>
    public static DomainException? FurtherNoticeNeeded(MatterState state, MatterContext context) =>
        ClerkMayNotIssue(state, context) is null
            ? Refusal.Conflict(
                "notice.oneTimeNoticeAvailable",
                $"The one-time notice of matter {state.ReceiptNumber} has not been issued and its {WorkingDaysAfterIntake} working days have not passed: the clerk issues it, no approval is needed.",
                "missing")
            : null;
}
