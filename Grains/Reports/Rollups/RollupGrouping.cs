namespace Network.Grains.Reports.Rollups;

/// <summary>How rollup sums are grouped (<see cref="RollupSum.Group"/>).</summary>
public enum RollupGrouping
{
    /// <summary>One group, <c>""</c>.</summary>
    None = 0,

    /// <summary>By point code (each point on its own; a report folds them into its children).</summary>
    Point = 1,

    /// <summary>By window id (the same window at several points is one group).</summary>
    Window = 2,

    /// <summary>By item id.</summary>
    Item = 3,

    /// <summary>By clerk id.</summary>
    Clerk = 4,

    /// <summary>By day, <c>yyyy-MM-dd</c>.</summary>
    Day = 5,

    /// <summary>By point and window, <c>{point}/{window}</c> (the assessment's windows).</summary>
    PointWindow = 6,

    /// <summary>By point and clerk, <c>{point}/{clerk}</c> (the assessment's clerks).</summary>
    PointClerk = 7,

    /// <summary>
    /// By the point one tier below the scope that each point lies in (a city's townships, each with
    /// its villages), the scope's own rows under the scope's code: a report's rows by point, summed
    /// in the database rather than point by point.
    /// </summary>
    PointBelow = 8,
}
