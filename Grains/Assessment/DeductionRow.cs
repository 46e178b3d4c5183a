using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment;

/// <summary>
/// Deductions of a period counted per place: accountability records (责任追究) by measure against a
/// clerk and/or a window of a point, and vacant posts (空岗) of a window.
/// </summary>
public sealed record DeductionRow(string PointCode, string? WindowId, string? ClerkId, AssessmentFigures Counts)
{
    /// <summary>The units the row counts against: the clerk (if named), the window (if named) and the point.</summary>
    public IEnumerable<(AssessmentUnit Unit, AssessmentFigures Figures)> Units()
    {
        if (ClerkId is not null)
        {
            yield return (AssessmentUnit.Clerk(PointCode, ClerkId), Counts);
        }

        if (WindowId is not null)
        {
            yield return (AssessmentUnit.Window(PointCode, WindowId), Counts);
        }

        yield return (AssessmentUnit.Point(PointCode), Counts);
    }
}
