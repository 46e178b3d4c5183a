using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// The public quarterly publication (办结公告), pure: one line per service item of the point (in the
/// catalog's order, then items no longer in the catalog by id), and a total. Built only from counts
/// and item names; a unit, a clerk, a citizen or a receipt number cannot reach it.
/// </summary>
public static class PublicationRules
{
    public static (IReadOnlyList<PublishedItemFigures> Items, PublishedItemFigures Total) Lines(
        IEnumerable<(string ItemId, AssessmentFigures Figures)> figures, IReadOnlyList<(string Id, string Name)> catalog)
    {
        var byItem = figures.GroupBy(f => f.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(AssessmentFigures.Zero, (sum, f) => sum.Plus(f.Figures)), StringComparer.Ordinal);
        var order = catalog.Select(c => c.Id).Concat(byItem.Keys.Where(id => catalog.All(c => c.Id != id)).Order(StringComparer.Ordinal));
        var names = catalog.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var lines = order
            .Where(byItem.ContainsKey)
            .Select(id => Line(names.GetValueOrDefault(id, id), byItem[id]))
            .Where(l => l.Received + l.Completed + l.Returned + l.Rated > 0)
            .ToArray();
        return (lines, Line("合计", byItem.Values.Aggregate(AssessmentFigures.Zero, (sum, f) => sum.Plus(f))));
    }

    private static PublishedItemFigures Line(string name, AssessmentFigures f) => new(
        name, f.Received, f.Completed, f.OnTime, f.Returned, f.Rated,
        f.Rated > 0 ? Math.Round((decimal)f.Satisfied / f.Rated, 4, MidpointRounding.AwayFromZero) : null);
}
