namespace Network.Grains.Interfaces.Duty;

/// <summary>The kinds of shift a point rosters (值班).</summary>
public enum ShiftKind
{
    /// <summary>A full working day at a window (全天).</summary>
    FullDay = 0,

    /// <summary>The morning half of a half-day rotation (半天轮班, 上午).</summary>
    Morning = 1,

    /// <summary>The afternoon half of a half-day rotation (半天轮班, 下午).</summary>
    Afternoon = 2,

    /// <summary>Noon duty (午间值班): calls and appointments over the lunch break.</summary>
    Noon = 3,

    /// <summary>Evening duty (晚间值班).</summary>
    Evening = 4,

    /// <summary>Weekend or holiday duty (节假日值班): only on days the calendar has off.</summary>
    HolidayDuty = 5,
}
