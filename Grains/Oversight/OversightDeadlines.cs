using Network.Grains.Calendar;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Oversight;

/// <summary>
/// Electronic supervision (电子监察) of the oversight kinds' deadlines, as for matters: a yellow
/// warning from the working day before the deadline, a red flag once it has passed. A deadline of
/// at most one working day gets no yellow on the day it was set (the warning would come with the
/// case itself): only the red flag.
/// </summary>
public static class OversightDeadlines
{
    public static FlagLevel LevelFor(DateOnly due, DateOnly today, DateOnly setOn, WorkingDayCalendar calendar)
    {
        if (today > due)
        {
            return FlagLevel.Red;
        }

        return today > setOn && today >= calendar.PreviousWorkingDay(due) ? FlagLevel.Yellow : FlagLevel.None;
    }

    /// <summary>The next day a flag may fall due for a deadline flagged <paramref name="flag"/> so far; null once red.</summary>
    public static DateOnly? NextCheck(DateOnly due, FlagLevel flag, DateOnly setOn, WorkingDayCalendar calendar) => flag switch
    {
        FlagLevel.None => Max(calendar.PreviousWorkingDay(due), setOn.AddDays(1)) is var yellow && yellow <= due ? yellow : due.AddDays(1),
        FlagLevel.Yellow => due.AddDays(1),
        _ => null,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static string Describe(FlagLevel level, string what, DateOnly due) =>
        level == FlagLevel.Red ? $"红牌：{what}已超期（{due:yyyy-MM-dd}）" : $"黄牌预警：{what}期限 {due:yyyy-MM-dd} 临近";
}
