using Microsoft.Extensions.Configuration;
using Network.Grains.Assessment;
using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Tests.Assessment;

/// <summary>The service index (服务指数) formula on a known data set, without a cluster.</summary>
public sealed class ServiceIndexFormulaTests
{
    private static readonly ServiceIndexFormula Formula = new(new ServiceIndexOptions());

    [Fact]
    public void The_service_index_of_a_known_data_set_is_efficiency_plus_quality_plus_performance()
    {
        var score = Formula.Score(AssessmentData.Known, busiestPeerCompleted: 40)!;

        Assert.Equal((32.20m, 22.00m, 21.00m, 0m, 75.20m), (score.Efficiency, score.Quality, score.Performance, score.Deductions, score.Index));
        Assert.Equal((0.85m, 3.00m, 0.9m), (score.OnTimeRate, score.AverageWorkingDays, score.Satisfaction));
    }

    [Fact]
    public void Deductions_subtract_accountability_records_overdue_matters_and_vacant_posts()
    {
        var figures = AssessmentData.Known with { Reminders = 1, Admonitions = 1, Notices = 1, Overdue = 2, VacantPosts = 1 };

        var score = Formula.Score(figures, 40)!;

        // 提醒 1 + 诫勉 3 + 通报 5 + 2 overdue × 0.5 + 1 空岗 × 2 = 12.
        Assert.Equal(12m, score.Deductions);
        Assert.Equal(63.20m, score.Index);
    }

    [Fact]
    public void Upheld_complaints_and_bad_ratings_cost_quality_and_returns_cost_it_in_proportion()
    {
        var score = Formula.Score(AssessmentData.Known with { ComplaintsUpheld = 2, BadRatings = 3, Satisfied = 7 }, 40)!;

        // 30 × (1 − 5/25) − 2 × 5 − 3 × 2 = 8; satisfaction 7/10 → performance 30 × (0.25 + 0.35) = 18.
        Assert.Equal((8m, 18m), (score.Quality, score.Performance));
        Assert.Equal(58.20m, score.Index);
    }

    [Fact]
    public void The_index_never_falls_below_zero()
    {
        var score = Formula.Score(AssessmentData.Known with { Notices = 30 }, 40)!;

        Assert.Equal(150m, score.Deductions);
        Assert.Equal(0m, score.Index);
    }

    [Fact]
    public void A_unit_that_completed_no_matter_is_listed_without_a_score()
    {
        Assert.Null(Formula.Score(new AssessmentFigures { Received = 5, Reminders = 1 }, 10));
        Assert.Null(new ServiceIndexFormula(new ServiceIndexOptions { MinimumCompletedToRank = 21 }).Score(AssessmentData.Known, 40));
    }

    [Fact]
    public void An_unrated_unit_keeps_full_satisfaction_and_volume_is_measured_against_the_busiest_peer()
    {
        var score = Formula.Score(AssessmentData.AllOnTime(9), busiestPeerCompleted: 36)!;

        // Efficiency 40 (all on time, 0 days), quality 30, performance 30 × (0.5 × 9/36 + 0.5 × 1) = 18.75.
        Assert.Equal((40m, 30m, 18.75m, 88.75m), (score.Efficiency, score.Quality, score.Performance, score.Index));
        Assert.Null(score.Satisfaction);
    }

    [Fact]
    public void The_weights_and_deductions_are_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Network:Assessment:EfficiencyWeight"] = "50",
            ["Network:Assessment:QualityWeight"] = "20",
            ["Network:Assessment:PerBadRating"] = "1",
            ["Network:Assessment:PerNotice"] = "10",
        }).Build();
        var options = configuration.GetSection(ServiceIndexOptions.Section).Get<ServiceIndexOptions>()!;

        var score = new ServiceIndexFormula(options).Score(AssessmentData.Known with { Notices = 1 }, 40)!;

        // 50 × 0.805 = 40.25; 20 × 0.8 − 1 = 15; performance 21; − 10.
        Assert.Equal((40.25m, 15m, 21m, 10m, 66.25m), (score.Efficiency, score.Quality, score.Performance, score.Deductions, score.Index));
        Assert.Equal(50m, options.Weights.Efficiency);
        Assert.Empty(options.Problems());
        Assert.NotEmpty(new ServiceIndexOptions { OnTimeShare = 1.5m }.Problems());
    }
}
