using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Tests.Assessment;

/// <summary>The known data set of the assessment tests: figures whose index is worked out by hand in each test.</summary>
internal static class AssessmentData
{
    /// <summary>
    /// 20 closed (18 completed, 2 returned), 17 on time, 60 working days used (3 on average), 10
    /// ratings of which 9 satisfied and 1 bad. With the default weights and a busiest peer of 36:
    /// efficiency 40 × (0.7 × 0.85 + 0.3 × 0.7) = 32.20; quality 30 × 0.9 − 2 = 25.00;
    /// performance 30 × (0.5 × 0.5 + 0.5 × 0.9) = 21.00; index 78.20.
    /// </summary>
    public static AssessmentFigures Known { get; } = new()
    {
        Accepted = 22,
        Completed = 18,
        Returned = 2,
        OnTime = 17,
        WorkingDaysUsed = 60,
        Rated = 10,
        Satisfied = 9,
        BadRatings = 1,
    };

    /// <summary>A unit that closed <paramref name="closed"/> matters, all on time, same day, unrated: its index is 40 + 30 + 15 + 15 × closed / busiest.</summary>
    public static AssessmentFigures AllOnTime(int closed) => new() { Accepted = closed, Completed = closed, OnTime = closed };
}
