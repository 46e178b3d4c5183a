using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using Network.Grains.Ratings;
using Network.Grains.Ratings.Rules;
using Network.Grains.Reports.Rollups;
using Network.Grains.Reports.Statistics;
using Network.Grains.Tests.Oversight;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Reports;

/// <summary>
/// Each figure of the statistics on a small known data set, without a cluster: the facts a case
/// counts (<see cref="MatterFacts"/> and the others), summed as the rollups sum them, as figures.
/// National Day 2026: 1–7 Oct off, Sat 10 Oct a make-up workday (调休).
/// </summary>
public sealed class StatisticsFiguresTests
{
    private static readonly DateOnly Eve = new(2026, 9, 30);

    [Fact]
    public void Matters_are_counted_as_received_accepted_joint_and_with_their_supplement_notices_on_the_day_taken_in()
    {
        var complete = AcceptedAllowance(Eve);
        var missing = Accepted(Intake(Allowance, "居民身份证"), Eve);
        var joint = AcceptedNewHouse(Eve);

        var figures = Figures(Eve, Eve, complete, missing, joint);

        Assert.Equal((3, 2, 1, 1), (figures.Received, figures.Accepted, figures.Joint, figures.Supplements));
        Assert.Equal(0, Figures(Eve.AddDays(1), Eve.AddDays(1), complete, missing, joint).Received);
    }

    [Fact]
    public void A_completion_by_the_working_day_deadline_across_the_holiday_and_its_make_up_Saturday_is_on_time_after_five_working_days()
    {
        // Taken in Wed 30 Sep; 8, 9, Sat 10 (make-up), 12, 13 Oct are the five working days.
        var done = Complete(AcceptedAllowance(Eve), new DateOnly(2026, 10, 13));

        var figures = Figures(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), done);

        Assert.Equal((1, 1, 0, 0), (figures.Completed, figures.OnTime, figures.Late, figures.Overdue));
        Assert.Equal(1.0, figures.OnTimeRate);
        Assert.Equal(5.0, figures.AverageWorkingDays);
        Assert.Equal(5, figures.WorkingDaysP90);
    }

    [Fact]
    public void A_completion_the_day_after_the_deadline_is_late_and_overdue_from_that_day()
    {
        var late = Complete(AcceptedAllowance(Eve), new DateOnly(2026, 10, 14));

        var figures = Figures(new DateOnly(2026, 10, 14), new DateOnly(2026, 10, 14), late);

        Assert.Equal((1, 0, 1, 1), (figures.Completed, figures.OnTime, figures.Late, figures.Overdue));
        Assert.Equal(0.0, figures.OnTimeRate);
        Assert.Equal(6, figures.WorkingDaysP90);
    }

    [Fact]
    public void An_open_matter_counts_as_overdue_once_flagged_red_on_the_day_after_its_deadline()
    {
        var open = AcceptedAllowance(Eve);
        var flagged = MatterRules.CheckDeadlines(open, Context(new DateOnly(2026, 10, 14))).Change.After;

        Assert.Equal(0, Figures(Eve, new DateOnly(2026, 12, 31), open).Overdue);
        Assert.Equal(FlagLevel.Red, flagged.Flag);
        Assert.Equal(1, Figures(new DateOnly(2026, 10, 14), new DateOnly(2026, 10, 14), flagged).Overdue);
    }

    [Fact]
    public void A_return_counts_with_its_reason_and_not_as_completed()
    {
        var returned = MatterRules.Return(AcceptedAllowance(Eve), new ReturnCommand(TownClerk(), "不符合低保条件", "《社会救助暂行办法》第九条"), Context(Eve)).After;

        var figures = Figures(Eve, Eve, returned);

        Assert.Equal((1, 0), (figures.Returned, figures.Completed));
        Assert.Equal([new Interfaces.Statistics.ReasonCount("不符合低保条件", 1)], figures.ReturnReasons);
    }

    [Fact]
    public void A_matter_handed_up_counts_at_the_village_that_took_it_in()
    {
        var handedUp = HandedUpToTownship(Homestead, Eve);

        var facts = MatterFacts.Of(handedUp, ShippedCalendar).Where(f => f.Figure == RollupFigures.HandedUp).ToArray();

        Assert.Equal([(Eve, Village)], facts.Select(f => (f.Day, f.PointCode)));
    }

    [Fact]
    public void The_90th_percentile_of_working_days_is_the_smallest_value_with_nine_tenths_at_or_below_it()
    {
        // Ten completions using 1..10 working days: the ninth is the 90th percentile; 21 values of 0..20: the 19th (18).
        var sums = Enumerable.Range(1, 10).Select(d => new RollupSum("", RollupFigures.DaysUsed, d.ToString(System.Globalization.CultureInfo.InvariantCulture), 1));
        var figures = FigureTally.From(sums);
        var wider = FigureTally.From(Enumerable.Range(0, 21).Select(d => new RollupSum("", RollupFigures.DaysUsed, d.ToString(System.Globalization.CultureInfo.InvariantCulture), 1)));

        Assert.Equal((9, 5.5), (figures.WorkingDaysP90!.Value, figures.AverageWorkingDays!.Value));
        Assert.Equal(18, wider.WorkingDaysP90);
        Assert.Null(FigureTally.From([]).WorkingDaysP90);
    }

    [Fact]
    public void Ratings_count_satisfaction_and_bad_ratings_and_one_set_aside_on_appeal_counts_nothing()
    {
        var matter = Accepted(Intake(SeniorCard, SeniorCardMaterials), Eve);
        var satisfied = Rated(matter, RatingLevel.BasicallySatisfied);
        var bad = Rated(matter, RatingLevel.Dissatisfied);
        var setAside = RatingRules.SetAside(bad, Director.Id, Township, "误评", At(Eve))!.After;

        var figures = Tally(RatingFacts.Of(satisfied).Concat(RatingFacts.Of(bad)));

        Assert.Equal((2, 1, 1, 0.5), (figures.Ratings, figures.RatingsSatisfied, figures.RatingsBad, figures.Satisfaction!.Value));
        Assert.Empty(RatingFacts.Of(setAside));
    }

    [Fact]
    public void A_rating_counts_satisfaction_under_the_item_of_the_matter_it_rates()
    {
        var card = Rated(Accepted(Intake(SeniorCard, SeniorCardMaterials), Eve), RatingLevel.VerySatisfied);
        var allowance = Rated(Complete(AcceptedAllowance(Eve), Eve), RatingLevel.Dissatisfied);

        var byItem = RollupDelta.Sum(RatingFacts.Of(card).Concat(RatingFacts.Of(allowance)))
            .GroupBy(f => f.ItemId)
            .ToDictionary(g => g.Key, g => FigureTally.From(g.Select(f => new RollupSum(g.Key, f.Figure, f.Bucket, f.Count))));

        Assert.Equal((SeniorCard, Allowance), (card.ItemId, allowance.ItemId));
        Assert.Equal((1, 1, 0), (byItem[SeniorCard].Ratings, byItem[SeniorCard].RatingsSatisfied, byItem[SeniorCard].RatingsBad));
        Assert.Equal((1, 0, 1), (byItem[Allowance].Ratings, byItem[Allowance].RatingsSatisfied, byItem[Allowance].RatingsBad));
    }

    [Fact]
    public void Complaints_count_on_the_day_registered_and_upheld_once_decided()
    {
        var registered = OversightFixture.Registered();
        var decided = OversightFixture.Decided(registered);

        Assert.Equal((1, 0), Pair(Tally(ComplaintFacts.Of(registered))));
        Assert.Equal((1, 1), Pair(Tally(ComplaintFacts.Of(decided))));
        Assert.All(ComplaintFacts.Of(decided), f => Assert.Equal((OversightFixture.Monday, CivilAffairs), (f.Day, f.WindowId)));

        static (long, long) Pair(Interfaces.Statistics.StatisticsFigures f) => (f.Complaints, f.ComplaintsUpheld);
    }

    [Fact]
    public void Each_commit_adds_the_difference_of_facts_so_the_sum_equals_the_facts_of_the_final_state()
    {
        var steps = new List<MatterState>();
        var received = Accepted(Intake(Allowance, "居民身份证"), Eve);
        steps.Add(received);
        var supplied = MatterRules.SupplyMaterials(received, new SupplyMaterialsCommand(TownClerk(), ["户口簿", "家庭收入证明"]), Context(new DateOnly(2026, 10, 9))).After;
        steps.Add(supplied);
        steps.Add(Complete(supplied, new DateOnly(2026, 10, 20)));

        MatterState? before = null;
        var rollup = new List<RollupFact>();
        foreach (var state in steps)
        {
            rollup.AddRange(RollupDelta.Between(before is null ? [] : MatterFacts.Of(before, ShippedCalendar), MatterFacts.Of(state, ShippedCalendar)));
            before = state;
        }

        Assert.Equal(RollupDelta.Sum(MatterFacts.Of(steps[^1], ShippedCalendar)), RollupDelta.Sum(rollup));
        Assert.Contains(RollupDelta.Sum(rollup), f => f.Figure == RollupFigures.Accepted && f.Day == new DateOnly(2026, 10, 9));
    }

    private static MatterState Complete(MatterState state, DateOnly day) =>
        MatterRules.Complete(state, new CompleteCommand(TownClerk(), "准予"), Context(day)).After;

    private static RatingState Rated(MatterState matter, RatingLevel level) =>
        RatingRules.Rate(null, RatingOccasions.Closing(matter), null, new RatingSubmission(level, [], null, false), RatingChannel.ProgressPage, At(Eve), "f").After;

    /// <summary>The figures of the matters' facts counted on days <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static Interfaces.Statistics.StatisticsFigures Figures(DateOnly from, DateOnly to, params MatterState[] matters) =>
        Tally(matters.SelectMany(m => MatterFacts.Of(m, ShippedCalendar)).Where(f => f.Day >= from && f.Day <= to));

    private static Interfaces.Statistics.StatisticsFigures Tally(IEnumerable<RollupFact> facts) =>
        FigureTally.From(RollupDelta.Sum(facts).Select(f => new RollupSum("", f.Figure, f.Bucket, f.Count)));
}
