using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Network;
using Network.Grains.Queries.Search;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// A period's assessment of a whole city, pure: each unit's index (volume against the busiest of its
/// peers in the city), its rank within its township and within the city (<see cref="Rankings"/>),
/// and names from the points' definitions.
/// </summary>
public static class AssessmentBook
{
    /// <summary>Every unit of the city with figures, scored and ranked, in ranking order per kind.</summary>
    public static IReadOnlyList<AssessmentEntry> Build(IReadOnlyDictionary<AssessmentUnit, AssessmentFigures> figures, ServiceIndexFormula formula, ClerkNames names)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var entries = new List<AssessmentEntry>(figures.Count);
        foreach (var group in figures.GroupBy(f => Rankings.PeerGroup(f.Key)).OrderBy(g => g.Key.Kind).ThenByDescending(g => g.Key.Tier))
        {
            var busiest = group.Max(f => f.Value.Completed);
            var scored = group.Select(f => Entry(f.Key, f.Value, formula.Score(f.Value, busiest), names)).ToArray();
            var township = scored
                .GroupBy(e => Rankings.TownshipOf(e.Unit.PointCode) ?? string.Empty)
                .SelectMany(t => t.Key.Length == 0
                    ? t.Select(e => (Entry: e, Rank: (int?)null, Count: 0))
                    : Rank(t).Select(r => (Entry: r.Item, r.Rank, Count: t.Count(e => e.Score is not null))))
                .ToDictionary(r => r.Entry.Unit, r => (r.Rank, r.Count));
            var cityCount = scored.Count(e => e.Score is not null);
            entries.AddRange(Rank(scored).Select(r => r.Item with
            {
                CityRank = r.Rank,
                CityRanked = cityCount,
                TownshipRank = township[r.Item.Unit].Rank,
                TownshipRanked = township[r.Item.Unit].Count,
            }));
        }

        return entries;
    }

    /// <summary>The entries of units at and below <paramref name="pointCode"/>.</summary>
    public static IEnumerable<AssessmentEntry> Within(IEnumerable<AssessmentEntry> entries, string pointCode) =>
        entries.Where(e => DivisionCode.IsWithin(e.Unit.PointCode, pointCode));

    /// <summary>The unit of each kind a figure row adds to: its clerk, its window and its point.</summary>
    public static IReadOnlyDictionary<AssessmentUnit, AssessmentFigures> Sum(IEnumerable<(AssessmentUnit Unit, AssessmentFigures Figures)> rows)
    {
        var sums = new Dictionary<AssessmentUnit, AssessmentFigures>();
        foreach (var (unit, add) in rows)
        {
            sums[unit] = sums.TryGetValue(unit, out var have) ? have.Plus(add) : add;
        }

        return sums;
    }

    private static IEnumerable<(AssessmentEntry Item, int? Rank)> Rank(IEnumerable<AssessmentEntry> entries) =>
        Rankings.Rank(entries, e => e.Score?.Index, e => e.Unit.ToString());

    private static AssessmentEntry Entry(AssessmentUnit unit, AssessmentFigures figures, ServiceIndexScore? score, ClerkNames names) => new(
        unit,
        names.Point(unit.PointCode),
        unit.WindowId is { } window ? names.Window(unit.PointCode, window) : null,
        unit.ClerkId is { } clerk ? names.Clerk(clerk) ?? clerk : null,
        figures,
        score);
}
