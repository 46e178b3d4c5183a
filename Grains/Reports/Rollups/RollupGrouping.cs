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
}
