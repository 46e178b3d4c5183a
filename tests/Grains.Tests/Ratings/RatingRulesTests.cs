using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Matters.Rules;
using Network.Grains.Ratings;
using Network.Grains.Ratings.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Ratings;

/// <summary>The rating's rules (好差评), without a cluster: who rates, what a rating may say, one per occasion.</summary>
public sealed class RatingRulesTests
{
    private static readonly DateTimeOffset Now = At(Today);

    private static RatingOccasion CounterOccasion() =>
        RatingOccasions.Of(Accept(Intake(Allowance, AllowanceMaterials)))!;

    private static RatingSubmission Choice(RatingLevel level = RatingLevel.Satisfied, string? comment = null, bool named = false) =>
        new(level, [RatingAspect.Attitude], comment, named);

    [Fact]
    public void A_rating_by_staff_is_refused()
    {
        foreach (var staff in new[] { TownClerk(), Director, CityMonitor })
        {
            Refused(() => RatingRules.Rate(null, CounterOccasion(), staff, Choice(), RatingChannel.Device, Now, "f"), DomainErrorKind.Forbidden, "rating.byStaff", "actor");
        }
    }

    [Fact]
    public void A_level_outside_the_five_is_refused()
    {
        Refused(() => RatingRules.Rate(null, CounterOccasion(), null, Choice((RatingLevel)7), RatingChannel.Device, Now, "f"), DomainErrorKind.Invalid, "rating.level", "level");
        Refused(() => RatingRules.Rate(null, CounterOccasion(), null, Choice((RatingLevel)0), RatingChannel.Device, Now, "f"), DomainErrorKind.Invalid, "rating.level", "level");
        Refused(() => RatingLevels.Parse("Excellent"), DomainErrorKind.Invalid, "rating.level", "level");
        Refused(() => RatingLevels.Parse("3"), DomainErrorKind.Invalid, "rating.level", "level");
        Assert.Equal(RatingLevel.BasicallySatisfied, RatingLevels.Parse("BasicallySatisfied"));
    }

    [Fact]
    public void An_over_long_comment_is_refused()
    {
        var longest = new string('慢', RatingSubmission.MaxCommentLength);
        Assert.Equal(longest, RatingRules.Rate(null, CounterOccasion(), null, Choice(comment: longest), RatingChannel.Device, Now, "f").After.Comment);
        Refused(() => RatingRules.Rate(null, CounterOccasion(), null, Choice(comment: longest + "慢"), RatingChannel.Device, Now, "f"), DomainErrorKind.Invalid, "rating.commentTooLong", "comment");
    }

    [Fact]
    public void A_second_rating_for_the_same_occasion_is_refused()
    {
        var occasion = CounterOccasion();
        var first = RatingRules.Rate(null, occasion, null, Choice(RatingLevel.VerySatisfied), RatingChannel.Device, Now, "first").After;

        Refused(() => RatingRules.Rate(first, occasion, null, Choice(RatingLevel.VeryDissatisfied), RatingChannel.Device, Now.AddMinutes(1), "second"), DomainErrorKind.Conflict, "rating.alreadyRated", "ratingId");
    }

    [Fact]
    public void The_whole_matter_is_rated_once_it_is_closed_and_not_before()
    {
        var open = AcceptedAllowance();
        Refused(() => RatingRules.Rate(null, RatingOccasions.Closing(open), null, Choice(), RatingChannel.ProgressPage, Now, "f"), DomainErrorKind.Conflict, "rating.matterOpen", "receiptNumber");

        var closed = MatterRules.Complete(open, new CompleteCommand(TownClerk(), "已发放"), Context()).After;
        var rating = RatingRules.Rate(null, RatingOccasions.Closing(closed), null, Choice(), RatingChannel.ProgressPage, Now, "f").After;

        Assert.Equal(RatingIds.Closing(closed.ReceiptNumber), rating.Id);
        Assert.Equal(RatingChannel.ProgressPage, rating.Channel);
    }

    [Fact]
    public void A_rating_is_about_the_point_window_and_clerk_that_served_as_the_matter_records_them()
    {
        var change = Accept(Intake(Allowance, AllowanceMaterials));
        var rating = RatingRules.Rate(null, RatingOccasions.Of(change)!, null, Choice(RatingLevel.Dissatisfied, named: true), RatingChannel.Device, Now, "f");

        Assert.Equal((Township, CivilAffairs, ClerkA), (rating.After.PointCode, rating.After.WindowId, rating.After.ClerkId));
        Assert.Equal(RatingIds.Counter(change.After.ReceiptNumber, 1), rating.After.Id);
        Assert.Equal(("Rated", null, "Dissatisfied"), (rating.Row.Action, rating.Row.StatusBefore, rating.Row.StatusAfter));
        Assert.Equal("citizen", rating.Row.ActorId);
        Assert.True(rating.After.IsBad);
        Assert.True(rating.After.ToReceipt().CallBack);
    }

    [Fact]
    public void Steps_that_serve_the_citizen_in_person_at_the_window_are_occasions_to_rate_and_others_are_not()
    {
        var received = Accept(Intake(Allowance, "居民身份证"));
        Assert.Equal("c1", RatingOccasions.Of(received)!.Occasion);
        var supplied = MatterRules.SupplyMaterials(received.After, new SupplyMaterialsCommand(TownClerk(), ["户口簿", "家庭收入证明"]), Context());
        Assert.Equal("c2", RatingOccasions.Of(supplied)!.Occasion);

        var handedUp = MatterRules.HandUp(AcceptedAtVillage(Felling), new HandUpCommand(VillageClerk(), ProxyAgentId, null), Context());
        Assert.Null(RatingOccasions.Of(handedUp));
        var handedOver = MatterRules.HandOver(AcceptedAllowance(), new HandOverCommand(TownClerk(), ClerkB, null), Context());
        Assert.Null(RatingOccasions.Of(handedOver));
    }

    [Fact]
    public void A_bad_rating_is_dissatisfied_or_very_dissatisfied_and_satisfaction_counts_the_three_better_levels()
    {
        Assert.Equal([RatingLevel.Dissatisfied, RatingLevel.VeryDissatisfied], RatingLevels.All.Where(RatingLevels.IsBad));
        var tally = new RatingTally(Township, Today, 2, 1, 1, 1, 0, 3);
        Assert.Equal(5, tally.Total);
        Assert.Equal(0.8, tally.Satisfaction);
        Assert.Null(new RatingTally(Township, Today, 0, 0, 0, 0, 0, 2).Satisfaction);
    }

    [Fact]
    public void A_rating_set_aside_keeps_its_level_and_leaves_only_the_counted_status()
    {
        var rating = RatingRules.Rate(null, CounterOccasion(), null, Choice(RatingLevel.VeryDissatisfied), RatingChannel.Device, Now, "f").After;
        var aside = RatingRules.SetAside(rating, CityDirectorId, City, "恶意评价", Now.AddDays(3))!;

        Assert.Equal(RatingLevel.VeryDissatisfied, aside.After.Level);
        Assert.Equal(RatingState.SetAsideStatus, aside.After.Status);
        Assert.Equal(("SetAside", "VeryDissatisfied", City, 2), (aside.Row.Action, aside.Row.StatusBefore, aside.Row.PointCode, aside.Row.Sequence));
        Assert.Null(RatingRules.SetAside(aside.After, CityDirectorId, City, "again", Now.AddDays(4)));
    }

    [Fact]
    public void A_rating_is_never_changed_by_staff()
    {
        var occasion = CounterOccasion();
        var given = RatingRules.Rate(null, occasion, null, Choice(RatingLevel.VeryDissatisfied), RatingChannel.Device, Now, "f").After;

        // Staff are refused before anything else, even for an occasion already rated; the citizen's rating stays as given.
        Refused(() => RatingRules.Rate(given, occasion, Director, Choice(RatingLevel.VerySatisfied), RatingChannel.Device, Now, "g"), DomainErrorKind.Forbidden, "rating.byStaff", "actor");
        Assert.Equal(RatingLevel.VeryDissatisfied, given.Level);
        // The only later change is a decided appeal setting it aside, which keeps the level.
        Assert.Equal(RatingLevel.VeryDissatisfied, RatingRules.SetAside(given, CityDirectorId, City, "误评", Now)!.After.Level);
    }

    [Fact]
    public void A_rating_is_never_forced_an_unrated_occasion_simply_expires()
    {
        var occasion = CounterOccasion();
        var lifetime = TimeSpan.FromMinutes(new RatingOptions().OfferMinutes);

        Assert.Same(occasion, RatingDeskRules.Current(occasion, occasion.ServedAt.Add(lifetime), lifetime));
        Assert.Null(RatingDeskRules.Current(occasion, occasion.ServedAt.Add(lifetime).AddSeconds(1), lifetime));
    }
}
