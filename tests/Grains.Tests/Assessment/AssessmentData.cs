using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Tests.Assessment;

/// <summary>The known data set of the assessment tests: figures whose index is worked out by hand in each test.</summary>
internal static class AssessmentData
{
    /// <summary>
    /// 20 completed (17 on time, 60 working days used: 3 on average) and 5 returned, 10 ratings of
    /// which 9 satisfied and 1 bad. With the default weights and a busiest peer of 40:
    /// efficiency 40 × (0.7 × 0.85 + 0.3 × 0.7) = 32.20; quality 30 × (1 − 5/25) − 2 = 22.00;
    /// performance 30 × (0.5 × 20/40 + 0.5 × 0.9) = 21.00; index 75.20.
    /// </summary>
    public static AssessmentFigures Known { get; } = new()
    {
        Received = 27,
        Completed = 20,
        Returned = 5,
        OnTime = 17,
        WorkingDaysUsed = 60,
        Rated = 10,
        Satisfied = 9,
        BadRatings = 1,
    };

    /// <summary>A unit that completed <paramref name="closed"/> matters, all on time, the same day, unrated: its index is 40 + 30 + 15 + 15 × closed / busiest.</summary>
    public static AssessmentFigures AllOnTime(int closed) => new() { Received = closed, Completed = closed, OnTime = closed };
}
