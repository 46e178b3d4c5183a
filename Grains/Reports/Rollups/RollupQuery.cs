using Network.Grains.Queries.Search;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// What to sum from the rollups: the days <see cref="From"/> to <see cref="To"/> (inclusive, China
/// days) of a point or its subtree, optionally one window, item or clerk, optionally only some
/// figures, grouped by <see cref="By"/>.
/// </summary>
public sealed record RollupQuery(PointScope Scope, DateOnly From, DateOnly To, RollupGrouping By)
{
    public string? WindowId { get; init; }

    public string? ItemId { get; init; }

    public string? ClerkId { get; init; }

    /// <summary>Only these figures (<see cref="RollupFigures"/>); null for all.</summary>
    public IReadOnlyList<string>? Figures { get; init; }

    /// <summary>True: each figure's buckets summed away (every sum's bucket is <c>""</c>), e.g. for a chart of counts.</summary>
    public bool SumBuckets { get; init; }

    /// <summary>The city of the scope (its first six digits): the rollup's first key column.</summary>
    public string City => Scope.PointCode.Length >= 6 ? Scope.PointCode[..6] : Scope.PointCode;
}
