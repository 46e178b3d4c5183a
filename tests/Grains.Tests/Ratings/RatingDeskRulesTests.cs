using Network.Grains.Interfaces.Errors;
using Network.Grains.Ratings;
using Network.Grains.Ratings.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Ratings;

/// <summary>The rating device's rules: who pairs it, which secret it must show, which occasion it may rate.</summary>
public sealed class RatingDeskRulesTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    [Fact]
    public void Only_the_windows_clerks_or_the_points_director_pair_its_device()
    {
        var window = TownshipProfile.FindWindow(CivilAffairs)!;
        RatingDeskRules.EnsureMayPair(TownClerk(ClerkA), TownshipProfile, window);
        RatingDeskRules.EnsureMayPair(TownClerk(ClerkB), TownshipProfile, window);
        RatingDeskRules.EnsureMayPair(Director, TownshipProfile, window);

        Refused(() => RatingDeskRules.EnsureMayPair(TownClerk(PlanningClerk), TownshipProfile, window), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => RatingDeskRules.EnsureMayPair(OtherTownClerkActor, TownshipProfile, window), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => RatingDeskRules.EnsureMayPair(CityMonitor, TownshipProfile, window), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
        Refused(() => RatingDeskRules.EnsureMayPair(CityDirector, TownshipProfile, window), DomainErrorKind.Forbidden, "auth.jurisdiction", "windowId");
    }

    [Fact]
    public void Only_the_secret_of_the_device_paired_last_is_accepted()
    {
        var hash = RatingDeskRules.Hash("secret-of-the-tablet");
        RatingDeskRules.EnsureDevice(hash, "secret-of-the-tablet");

        Refused(() => RatingDeskRules.EnsureDevice(hash, "secret-of-another"), DomainErrorKind.Forbidden, "ratingDevice.notPaired", "deviceToken");
        Refused(() => RatingDeskRules.EnsureDevice(hash, null), DomainErrorKind.Forbidden, "ratingDevice.notPaired", "deviceToken");
        Refused(() => RatingDeskRules.EnsureDevice(null, "secret-of-the-tablet"), DomainErrorKind.Forbidden, "ratingDevice.notPaired", "deviceToken");
    }

    [Fact]
    public void A_device_rates_only_the_occasion_on_offer_now()
    {
        var occasion = RatingOccasions.Of(Accept(Intake(Allowance, AllowanceMaterials)))!;
        var servedAt = occasion.ServedAt;

        Assert.Same(occasion, RatingDeskRules.EnsureOffer(occasion, "offer-1", "offer-1", servedAt.AddMinutes(5), Lifetime));
        Refused(() => RatingDeskRules.EnsureOffer(occasion, "offer-1", "offer-0", servedAt.AddMinutes(5), Lifetime), DomainErrorKind.Conflict, "rating.noOccasion", "offerId");
        Refused(() => RatingDeskRules.EnsureOffer(occasion, "offer-1", "offer-1", servedAt.AddMinutes(31), Lifetime), DomainErrorKind.Conflict, "rating.noOccasion", "offerId");
        Refused(() => RatingDeskRules.EnsureOffer(null, null, "offer-1", servedAt, Lifetime), DomainErrorKind.Conflict, "rating.noOccasion", "offerId");
    }
}
