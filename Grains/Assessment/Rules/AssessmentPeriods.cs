using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Time;
using Network.Grains.Queries.Search;

namespace Network.Grains.Assessment.Rules;

/// <summary>Small pure helpers of the assessment's read side: China days as instants, code ranges, measures as counts.</summary>
public static class AssessmentPeriods
{
    /// <summary>Midnight of <paramref name="day"/> in China time.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);

    /// <summary>
    /// The first code after every code starting with <paramref name="prefix"/>: the code plus one
    /// (<see cref="PointScope.UpperBound"/>, a digit string, so the range holds in any collation), or
    /// "A" (after every digit string) when the code is all nines.
    /// </summary>
    public static string UpperBound(string prefix) => new PointScope(prefix, Subtree: true).UpperBound ?? "A";

    /// <summary>An accountability record count as figures of its measure.</summary>
    public static AssessmentFigures Measure(AccountabilityMeasure measure, int count) => measure switch
    {
        AccountabilityMeasure.Admonition => new AssessmentFigures { Admonitions = count },
        AccountabilityMeasure.Notice => new AssessmentFigures { Notices = count },
        _ => new AssessmentFigures { Reminders = count },
    };
}
