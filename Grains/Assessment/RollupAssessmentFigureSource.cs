using System.Globalization;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Queries.Search;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Assessment;

/// <summary>
/// The assessment's figures from the report rollups (<see cref="IReportRollupStore"/>, docs/statistics.md):
/// three grouped sums over the city and period (by point, by point and window, by point and clerk)
/// for units, one by item for a point's publication. Rows without a window or clerk ('') count for
/// the point only.
/// </summary>
public sealed class RollupAssessmentFigureSource(IReportRollupStore rollups) : IAssessmentFigureSource
{
    /// <summary>The figures the assessment reads.</summary>
    private static readonly string[] Figures =
    [
        RollupFigures.Received, RollupFigures.Completed, RollupFigures.OnTime, RollupFigures.Overdue, RollupFigures.Returned,
        RollupFigures.DaysUsed, RollupFigures.Rating, RollupFigures.ComplaintFinding,
    ];

    public async Task<IReadOnlyList<(AssessmentUnit Unit, AssessmentFigures Figures)>> ReadUnitsAsync(string cityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var scope = new PointScope(cityCode, Subtree: true);
        var points = rollups.SumAsync(new RollupQuery(scope, from, to, RollupGrouping.Point) { Figures = Figures }, cancellationToken);
        var windows = rollups.SumAsync(new RollupQuery(scope, from, to, RollupGrouping.PointWindow) { Figures = Figures }, cancellationToken);
        var clerks = rollups.SumAsync(new RollupQuery(scope, from, to, RollupGrouping.PointClerk) { Figures = Figures }, cancellationToken);
        var units = new List<(AssessmentUnit, AssessmentFigures)>();
        units.AddRange(Fold(await points).Select(g => (AssessmentUnit.Point(g.Key), g.Value)));
        units.AddRange(Fold(await windows).Where(g => Part(g.Key).Length > 0).Select(g => (AssessmentUnit.Window(Point(g.Key), Part(g.Key)), g.Value)));
        units.AddRange(Fold(await clerks).Where(g => Part(g.Key).Length > 0).Select(g => (AssessmentUnit.Clerk(Point(g.Key), Part(g.Key)), g.Value)));
        return units;
    }

    public async Task<IReadOnlyList<(string ItemId, AssessmentFigures Figures)>> ReadItemsAsync(string pointCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var sums = await rollups.SumAsync(new RollupQuery(new PointScope(pointCode, Subtree: false), from, to, RollupGrouping.Item) { Figures = Figures }, cancellationToken);
        return Fold(sums).Where(g => g.Key.Length > 0).Select(g => (g.Key, g.Value)).ToArray();
    }

    /// <summary>Rollup sums as figures per group.</summary>
    public static IReadOnlyDictionary<string, AssessmentFigures> Fold(IEnumerable<RollupSum> sums)
    {
        var groups = new Dictionary<string, AssessmentFigures>(StringComparer.Ordinal);
        foreach (var sum in sums)
        {
            var add = Figure(sum);
            groups[sum.Group] = groups.TryGetValue(sum.Group, out var have) ? have.Plus(add) : add;
        }

        return groups;
    }

    private static AssessmentFigures Figure(RollupSum sum)
    {
        var n = checked((int)sum.Count);
        return sum.Figure switch
        {
            RollupFigures.Received => new AssessmentFigures { Received = n },
            RollupFigures.Completed => new AssessmentFigures { Completed = n },
            RollupFigures.OnTime => new AssessmentFigures { OnTime = n },
            RollupFigures.Overdue => new AssessmentFigures { Overdue = n },
            RollupFigures.Returned => new AssessmentFigures { Returned = n },
            RollupFigures.DaysUsed => new AssessmentFigures { WorkingDaysUsed = sum.Count * int.Parse(sum.Bucket, NumberStyles.None, CultureInfo.InvariantCulture) },
            RollupFigures.Rating => Enum.TryParse<RatingLevel>(sum.Bucket, out var level) && Enum.IsDefined(level)
                ? new AssessmentFigures
                {
                    Rated = n,
                    Satisfied = level >= RatingLevel.BasicallySatisfied ? n : 0,
                    BadRatings = level <= RatingLevel.Dissatisfied ? n : 0,
                }
                : AssessmentFigures.Zero,
            RollupFigures.ComplaintFinding => sum.Bucket is nameof(ComplaintFinding.Upheld) or nameof(ComplaintFinding.PartlyUpheld) ? new AssessmentFigures { ComplaintsUpheld = n } : AssessmentFigures.Zero,
            _ => AssessmentFigures.Zero,
        };
    }

    private static string Point(string group) => group[..group.IndexOf('/', StringComparison.Ordinal)];

    private static string Part(string group) => group[(group.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
