namespace Network.Grains.Interfaces.Statistics;

/// <summary>The period a statistics report covers (统计周期), each compared with the one before it.</summary>
public enum StatisticsPeriod
{
    /// <summary>日: one China day.</summary>
    Day = 0,

    /// <summary>周: Monday to Sunday.</summary>
    Week = 1,

    /// <summary>月: a calendar month.</summary>
    Month = 2,

    /// <summary>季: a calendar quarter.</summary>
    Quarter = 3,

    /// <summary>年: a calendar year.</summary>
    Year = 4,
}
