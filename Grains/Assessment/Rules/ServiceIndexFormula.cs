using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// The service index (服务指数) of one unit, pure. With the figures of the period:
/// <list type="bullet">
/// <item>efficiency = E × (s × onTime/completed + (1 − s) × max(0, 1 − workingDaysUsed/completed / reference));</item>
/// <item>quality = max(0, Q × (1 − returned/(completed + returned)) − complaintsUpheld × c − badRatings × b);</item>
/// <item>performance = P × (v × completed / busiestPeerCompleted + (1 − v) × satisfied/rated) (unrated: full satisfaction);</item>
/// <item>deductions = reminders × r1 + admonitions × r2 + notices × r3 + overdue × o + vacantPosts × p;</item>
/// <item>index = max(0, efficiency + quality + performance − deductions).</item>
/// </list>
/// Each part is rounded to two decimals (half away from zero) and the index is the sum of the rounded
/// parts. A unit that completed no matter, or fewer than <see cref="ServiceIndexOptions.MinimumCompletedToRank"/>, gets no score.
/// </summary>
public sealed class ServiceIndexFormula(ServiceIndexOptions options)
{
    public ServiceIndexOptions Options => options;

    /// <summary>The unit's score, or null when it completed too few matters to be ranked.</summary>
    /// <param name="figures">The unit's figures of the period.</param>
    /// <param name="busiestPeerCompleted">The most matters completed by a unit it is compared with (itself included).</param>
    public ServiceIndexScore? Score(AssessmentFigures figures, int busiestPeerCompleted)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var completed = figures.Completed;
        if (completed == 0 || completed < options.MinimumCompletedToRank)
        {
            return null;
        }

        var onTimeRate = Math.Min(1m, Ratio(figures.OnTime, completed));
        var averageDays = (decimal)figures.WorkingDaysUsed / completed;
        var speed = Math.Max(0m, 1m - (averageDays / options.ReferenceWorkingDays));
        var efficiency = Round(options.EfficiencyWeight * ((options.OnTimeShare * onTimeRate) + ((1m - options.OnTimeShare) * speed)));

        var quality = Round(Math.Max(0m,
            (options.QualityWeight * (1m - Ratio(figures.Returned, figures.Closed)))
            - (figures.ComplaintsUpheld * options.PerComplaintUpheld)
            - (figures.BadRatings * options.PerBadRating)));

        decimal? satisfaction = figures.Rated > 0 ? Ratio(figures.Satisfied, figures.Rated) : null;
        var volume = busiestPeerCompleted > 0 ? Math.Min(1m, Ratio(figures.Completed, busiestPeerCompleted)) : 0m;
        var performance = Round(options.PerformanceWeight * ((options.VolumeShare * volume) + ((1m - options.VolumeShare) * (satisfaction ?? 1m))));

        var deductions = Round(
            (figures.Reminders * options.PerReminder)
            + (figures.Admonitions * options.PerAdmonition)
            + (figures.Notices * options.PerNotice)
            + (figures.Overdue * options.PerOverdue)
            + (figures.VacantPosts * options.PerVacantPost));

        return new ServiceIndexScore(efficiency, quality, performance, deductions, Math.Max(0m, efficiency + quality + performance - deductions))
        {
            OnTimeRate = Round4(onTimeRate),
            AverageWorkingDays = Round(averageDays),
            Satisfaction = satisfaction is { } s ? Round4(s) : null,
        };
    }

    private static decimal Ratio(long part, long whole) => whole == 0 ? 0m : (decimal)part / whole;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
