using Network.Grains.Calendar;

namespace Network.Grains.Petitions.Rules;

/// <summary>
/// The petition periods of the 信访工作条例 (2022) in days (日), not working days: the decision to
/// accept, told to the petitioner in writing within 15 days of receipt (第二十三条第二款, for an
/// organ other than a 信访部门 receiving a petition directly; 第四十四条(三) names missing it);
/// handling within 60 days of acceptance, extendable once by at most 30 with the head's approval
/// and the reason told to the petitioner (第三十四条). Review (复查) within 30 days of the written
/// reply (第三十五条) is not built. Counted as the Civil Code counts periods: the first day is not counted (民法典 第二百零一条),
/// and a period whose last day is a day off ends on the next working day (第二百零三条); a make-up
/// working day (调休) is a working day.
/// </summary>
public static class PetitionDays
{
    public const int Decision = 15;
    public const int Handling = 60;
    public const int MaxExtension = 30;

    /// <summary>The last day of a period of <paramref name="days"/> days starting after <paramref name="from"/>.</summary>
    public static DateOnly Due(DateOnly from, int days, WorkingDayCalendar calendar)
    {
        var last = from.AddDays(days);
        while (!calendar.IsWorkingDay(last))
        {
            last = last.AddDays(1);
        }

        return last;
    }
}
