namespace Network.Grains.Interfaces.Statistics;

/// <summary>How a statistics report splits its figures into rows.</summary>
public enum StatisticsBreakdown
{
    /// <summary>No rows: the totals only.</summary>
    None = 0,

    /// <summary>By the points one tier below (city → townships → villages); a village by itself.</summary>
    Point = 1,

    /// <summary>By window (the same window at several points is one row).</summary>
    Window = 2,

    /// <summary>By service item.</summary>
    Item = 3,

    /// <summary>By clerk.</summary>
    Clerk = 4,

    /// <summary>By day of the period.</summary>
    Day = 5,
}
