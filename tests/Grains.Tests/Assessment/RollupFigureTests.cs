using Network.Grains.Assessment;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Tests.Assessment;

/// <summary>How the rollups' sums become the assessment's figures, without a cluster.</summary>
public sealed class RollupFigureTests
{
    [Fact]
    public void Working_days_ratings_and_complaint_findings_are_read_from_their_buckets()
    {
        var figures = RollupAssessmentFigureSource.Fold(
        [
            new RollupSum("g", RollupFigures.Received, "", 7),
            new RollupSum("g", RollupFigures.Completed, "", 5),
            new RollupSum("g", RollupFigures.OnTime, "", 4),
            new RollupSum("g", RollupFigures.Overdue, "", 1),
            new RollupSum("g", RollupFigures.Returned, "材料不全", 1),
            new RollupSum("g", RollupFigures.Returned, "不符合条件", 1),
            new RollupSum("g", RollupFigures.DaysUsed, "0", 2),
            new RollupSum("g", RollupFigures.DaysUsed, "3", 3),
            new RollupSum("g", RollupFigures.Rating, "VerySatisfied", 2),
            new RollupSum("g", RollupFigures.Rating, "BasicallySatisfied", 1),
            new RollupSum("g", RollupFigures.Rating, "VeryDissatisfied", 1),
            new RollupSum("g", RollupFigures.ComplaintFinding, "Upheld", 1),
            new RollupSum("g", RollupFigures.ComplaintFinding, "PartlyUpheld", 1),
            new RollupSum("g", RollupFigures.ComplaintFinding, "NotUpheld", 4),
            new RollupSum("h", RollupFigures.Late, "", 9),
        ]);

        Assert.Equal(
            new AssessmentFigures { Received = 7, Completed = 5, OnTime = 4, Overdue = 1, Returned = 2, WorkingDaysUsed = 9, Rated = 4, Satisfied = 3, BadRatings = 1, ComplaintsUpheld = 2 },
            figures["g"]);
        Assert.Equal(AssessmentFigures.Zero, figures["h"]);
    }
}
