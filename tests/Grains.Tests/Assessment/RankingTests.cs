using Network.Grains.Assessment;
using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Queries.Search;

namespace Network.Grains.Tests.Assessment;

/// <summary>Ranking order (排名) within a township and within the city, ties included, without a cluster.</summary>
public sealed class RankingTests
{
    private const string City = "330182";
    private const string TownshipA = "330182101";
    private const string TownshipB = "330182102";
    private const string VillageA1 = "330182101201";
    private const string VillageA2 = "330182101202";
    private const string VillageB1 = "330182102201";

    private static readonly ServiceIndexFormula Formula = new(new ServiceIndexOptions());

    [Fact]
    public void Equal_indexes_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = Rankings.Rank([("d", 70m), ("b", 90m), ("c", 80m), ("a", 80m), ("e", (decimal?)null)], s => s.Item2, s => s.Item1);

        Assert.Equal(["b", "a", "c", "d", "e"], ranked.Select(r => r.Item.Item1));
        Assert.Equal([1, 2, 2, 4, (int?)null], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Points_are_ranked_within_their_township_and_within_the_city_among_points_of_their_tier()
    {
        // Busiest village completed 20: index = 85 + 15 × closed / 20.
        var figures = new Dictionary<AssessmentUnit, AssessmentFigures>
        {
            [AssessmentUnit.Point(VillageA1)] = AssessmentData.AllOnTime(10),
            [AssessmentUnit.Point(VillageA2)] = AssessmentData.AllOnTime(20),
            [AssessmentUnit.Point(VillageB1)] = AssessmentData.AllOnTime(10),
            [AssessmentUnit.Point(TownshipA)] = AssessmentData.AllOnTime(40),
            [AssessmentUnit.Point(TownshipB)] = AssessmentData.AllOnTime(100),
            [AssessmentUnit.Point(City)] = AssessmentData.AllOnTime(500),
        };

        var entries = AssessmentBook.Build(figures, Formula, ClerkNames.None).ToDictionary(e => e.Unit.PointCode);

        Assert.Equal((1, 2, 1, 1), (entries[VillageA2].CityRank!.Value, entries[VillageA1].CityRank!.Value, entries[VillageA2].TownshipRank!.Value, entries[VillageB1].TownshipRank!.Value));
        // The two villages of 10 tie in the city (2, 2) and each is second in its own township (of two) or first (of one).
        Assert.Equal((2, 3), (entries[VillageB1].CityRank!.Value, entries[VillageB1].CityRanked));
        Assert.Equal((2, 2), (entries[VillageA1].TownshipRank!.Value, entries[VillageA1].TownshipRanked));
        // Townships compete with townships; the city center has no township rank.
        Assert.Equal((2, 1, 2), (entries[TownshipA].CityRank!.Value, entries[TownshipB].CityRank!.Value, entries[TownshipA].CityRanked));
        Assert.Equal((1, (int?)null), (entries[City].CityRank!.Value, entries[City].TownshipRank));
        Assert.Equal(92.5m, entries[VillageA1].Score!.Index);
    }

    [Fact]
    public void Windows_and_clerks_are_ranked_among_their_own_kind_and_a_unit_without_a_score_comes_last_unranked()
    {
        var figures = AssessmentBook.Sum(
        [
            (AssessmentUnit.Window(TownshipA, "civil"), AssessmentData.AllOnTime(10)),
            (AssessmentUnit.Window(TownshipA, "land"), AssessmentData.AllOnTime(10) with { Overdue = 2 }),
            (AssessmentUnit.Window(TownshipB, "civil"), new AssessmentFigures { Received = 3 }),
            (AssessmentUnit.Clerk(TownshipA, "c-1"), AssessmentData.AllOnTime(5)),
            (AssessmentUnit.Clerk(TownshipA, "c-1"), AssessmentData.AllOnTime(5)),
            (AssessmentUnit.Clerk(TownshipA, "c-2"), AssessmentData.AllOnTime(4)),
        ]);

        var entries = AssessmentBook.Build(figures, Formula, ClerkNames.None);
        var windows = entries.Where(e => e.Unit.Kind == AssessmentUnitKind.Window).ToArray();
        var clerks = entries.Where(e => e.Unit.Kind == AssessmentUnitKind.Clerk).ToArray();

        Assert.Equal(["330182101/civil", "330182101/land", "330182102/civil"], windows.Select(w => w.Unit.ToString()));
        Assert.Equal([1, 2, (int?)null], windows.Select(w => w.CityRank));
        Assert.Equal(99m, windows[1].Score!.Index);
        Assert.Null(windows[2].Score);
        Assert.Equal(2, windows[0].CityRanked);
        Assert.Equal((10, 1), (clerks[0].Figures.Completed, clerks[0].CityRank!.Value));
        Assert.Equal(2, clerks[1].CityRank);
    }
}
