using Network.Grains.Complaints;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a complaint (投诉) counts: one <see cref="RollupFigures.Complaint"/> on the day it was
/// registered, at the point complained about and the window and clerk it names (if any); once
/// decided, its finding (<see cref="RollupFigures.ComplaintFinding"/>) on the same day, so a
/// period's complaints and how many were upheld are the same complaints.
/// </summary>
public static class ComplaintFacts
{
    public static IEnumerable<RollupFact> Of(ComplaintState state)
    {
        var window = state.Subject.WindowId ?? string.Empty;
        var clerk = state.Subject.ClerkId ?? string.Empty;
        yield return new RollupFact(state.RegisteredOn, state.PointCode, window, string.Empty, clerk, RollupFigures.Complaint, string.Empty, 1);
        if (state.Finding is { } finding)
        {
            yield return new RollupFact(state.RegisteredOn, state.PointCode, window, string.Empty, clerk, RollupFigures.ComplaintFinding, finding.ToString(), 1);
        }
    }
}
