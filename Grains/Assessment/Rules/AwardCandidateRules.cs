using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// Candidates for 文明窗口 (windows) and 先进个人 (clerks) over a quarter, pure: the units with a
/// score, by the quarter's index (highest first, ties by code), skipping a unit ruled out by a veto
/// (一票否决: an accountability record of 诫勉 or 通报批评, or an upheld complaint, in the quarter —
/// each configurable), until <see cref="ServiceIndexOptions.Candidates"/> are named. Candidates
/// with equal indexes share a rank; a tie at the last place names every tied unit.
/// </summary>
public static class AwardCandidateRules
{
    public const string VetoAccountability = "veto.accountability";
    public const string VetoComplaint = "veto.complaintUpheld";

    /// <summary>The candidates of one kind, and the units passed over before they were all named.</summary>
    public static (IReadOnlyList<AwardCandidate> Candidates, IReadOnlyList<AwardCandidate> PassedOver) Select(
        IEnumerable<AssessmentEntry> entries, AssessmentUnitKind kind, ServiceIndexOptions options)
    {
        var ordered = Rankings.Rank(entries.Where(e => e.Unit.Kind == kind && e.Score is not null), e => e.Score!.Index, e => e.Unit.ToString());
        var candidates = new List<AwardCandidate>();
        var passedOver = new List<AwardCandidate>();
        decimal? last = null;
        foreach (var (entry, _) in ordered)
        {
            var index = entry.Score!.Index;
            if (candidates.Count >= options.Candidates && index != last)
            {
                break;
            }

            if (Veto(entry.Figures, options) is { } reason)
            {
                passedOver.Add(new AwardCandidate(0, entry) { PassedOverBecause = reason });
                continue;
            }

            candidates.Add(new AwardCandidate(0, entry));
            last = index;
        }

        var ranked = Rankings.Rank(candidates, c => c.Entry.Score!.Index, c => c.Entry.Unit.ToString())
            .Select(r => r.Item with { Rank = r.Rank!.Value })
            .ToArray();
        return (ranked, passedOver);
    }

    /// <summary>Why the unit may not be named this quarter, or null.</summary>
    public static string? Veto(AssessmentFigures figures, ServiceIndexOptions options) =>
        options.VetoOnAccountability && figures.Admonitions + figures.Notices > 0 ? VetoAccountability
        : options.VetoOnUpheldComplaint && figures.ComplaintsUpheld > 0 ? VetoComplaint
        : null;
}
