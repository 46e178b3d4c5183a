using Network.Grains.Assessment;
using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Queries.Search;

namespace Network.Grains.Tests.Assessment;

/// <summary>Candidates for 文明窗口 and 先进个人 over a quarter, without a cluster.</summary>
public sealed class AwardCandidateTests
{
    private const string Township = "330182101";

    private static readonly ServiceIndexOptions Options = new() { Candidates = 2 };

    [Fact]
    public void Candidates_are_the_top_N_windows_and_clerks_of_the_quarter_with_the_figures_behind_them()
    {
        var entries = Book(
            (AssessmentUnit.Window(Township, "a"), AssessmentData.AllOnTime(40)),
            (AssessmentUnit.Window(Township, "b"), AssessmentData.AllOnTime(30)),
            (AssessmentUnit.Window(Township, "c"), AssessmentData.AllOnTime(20)),
            (AssessmentUnit.Clerk(Township, "c-1"), AssessmentData.Known),
            (AssessmentUnit.Clerk(Township, "c-2"), AssessmentData.AllOnTime(10)));

        var (windows, passed) = AwardCandidateRules.Select(entries, AssessmentUnitKind.Window, Options);
        var (clerks, _) = AwardCandidateRules.Select(entries, AssessmentUnitKind.Clerk, Options);

        Assert.Equal(["a", "b"], windows.Select(c => c.Entry.Unit.WindowId));
        Assert.Equal([1, 2], windows.Select(c => c.Rank));
        Assert.Equal((40, 40, 100m), (windows[0].Entry.Figures.Completed, windows[0].Entry.Figures.OnTime, windows[0].Entry.Score!.Index));
        Assert.Empty(passed);
        // Busiest clerk 20: c-2 85 + 15 × 10/20 = 92.50; c-1 (the known set) 32.20 + 22 + 30 × (0.5 + 0.45) = 82.70.
        Assert.Equal(["c-2", "c-1"], clerks.Select(c => c.Entry.Unit.ClerkId));
        Assert.Equal([92.50m, 82.70m], clerks.Select(c => c.Entry.Score!.Index));
    }

    [Fact]
    public void An_admonition_a_notice_or_an_upheld_complaint_in_the_quarter_passes_a_unit_over()
    {
        var entries = Book(
            (AssessmentUnit.Window(Township, "a"), AssessmentData.AllOnTime(40) with { Admonitions = 1 }),
            (AssessmentUnit.Window(Township, "b"), AssessmentData.AllOnTime(40) with { ComplaintsUpheld = 1 }),
            (AssessmentUnit.Window(Township, "c"), AssessmentData.AllOnTime(30) with { Reminders = 1 }),
            (AssessmentUnit.Window(Township, "d"), AssessmentData.AllOnTime(20)),
            (AssessmentUnit.Window(Township, "e"), AssessmentData.AllOnTime(10)));

        var (windows, passed) = AwardCandidateRules.Select(entries, AssessmentUnitKind.Window, Options);

        Assert.Equal(["c", "d"], windows.Select(c => c.Entry.Unit.WindowId));
        Assert.Equal([("a", AwardCandidateRules.VetoAccountability), ("b", AwardCandidateRules.VetoComplaint)], passed.Select(p => (p.Entry.Unit.WindowId!, p.PassedOverBecause!)));
        var lenient = new ServiceIndexOptions { Candidates = 2, VetoOnAccountability = false, VetoOnUpheldComplaint = false };
        Assert.Equal(["a", "c"], AwardCandidateRules.Select(entries, AssessmentUnitKind.Window, lenient).Candidates.Select(c => c.Entry.Unit.WindowId));
    }

    [Fact]
    public void A_tie_at_the_last_place_names_every_tied_unit()
    {
        var entries = Book(
            (AssessmentUnit.Window(Township, "a"), AssessmentData.AllOnTime(40)),
            (AssessmentUnit.Window(Township, "b"), AssessmentData.AllOnTime(20)),
            (AssessmentUnit.Window(Township, "c"), AssessmentData.AllOnTime(20)),
            (AssessmentUnit.Window(Township, "d"), AssessmentData.AllOnTime(10)));

        var (windows, _) = AwardCandidateRules.Select(entries, AssessmentUnitKind.Window, Options);

        Assert.Equal([("a", 1), ("b", 2), ("c", 2)], windows.Select(c => (c.Entry.Unit.WindowId!, c.Rank)));
    }

    private static IReadOnlyList<AssessmentEntry> Book(params (AssessmentUnit Unit, AssessmentFigures Figures)[] rows) =>
        AssessmentBook.Build(AssessmentBook.Sum(rows), new ServiceIndexFormula(Options), ClerkNames.None);
}
