using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Assessment;

/// <summary>Who reads and publishes assessments, and which periods, without a cluster.</summary>
public sealed class AssessmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void An_assessment_of_a_point_outside_the_actors_jurisdiction_is_refused()
    {
        var villageDirector = new Actor("d-village", ActorRole.CenterDirector, Village);
        var otherCityMonitor = new Actor("m-510682", ActorRole.CityMonitor, "510682");

        foreach (var (actor, point) in new[] { (villageDirector, Township), (Director, City), (otherCityMonitor, Township) })
        {
            var refusal = Assert.Throws<DomainException>(() => AssessmentRules.EnsureReader(actor, point));
            Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode"), (refusal.Kind, refusal.Code, refusal.Field));
        }

        Assert.Equal(Village, AssessmentRules.EnsureReader(Director, Village).Value);
        Assert.Equal(Village, AssessmentRules.EnsureReader(MonitorActor, Village).Value);
    }

    [Fact]
    public void Window_clerks_proxy_agents_and_citizens_do_not_read_assessments()
    {
        foreach (var actor in new[] { TownClerk(ClerkA), Agent, new Actor("public", ActorRole.Citizen, Township) })
        {
            var refusal = Assert.Throws<DomainException>(() => AssessmentRules.EnsureReader(actor, actor.PointCode));
            Assert.Equal((DomainErrorKind.Forbidden, "auth.role"), (refusal.Kind, refusal.Code));
        }

        Assert.Throws<DomainException>(() => AssessmentRules.EnsureReader(null, Township));
    }

    [Fact]
    public void Only_the_city_monitor_or_a_director_named_at_the_city_center_publishes_the_citys_bulletin()
    {
        var city = new ServicePointProfile(DivisionCode.Parse(City), "余姚市政务服务中心", [], [], []) { Directors = [new Clerk("d-city", "陈主任")] };

        AssessmentRules.EnsurePublisher(MonitorActor, City, city);
        AssessmentRules.EnsurePublisher(new Actor("d-city", ActorRole.CenterDirector, City), City, city);
        var forged = Assert.Throws<DomainException>(() => AssessmentRules.EnsurePublisher(new Actor("d-forged", ActorRole.CenterDirector, City), City, city));
        var township = Assert.Throws<DomainException>(() => AssessmentRules.EnsurePublisher(Director, City, city));
        var clerk = Assert.Throws<DomainException>(() => AssessmentRules.EnsurePublisher(CityClerkActor(), City, city));
        var otherCity = Assert.Throws<DomainException>(() => AssessmentRules.EnsurePublisher(new Actor("m-510682", ActorRole.CityMonitor, "510682"), City, city));

        Assert.Equal(["auth.jurisdiction", "auth.jurisdiction", "auth.role", "auth.jurisdiction"], new[] { forged, township, clerk, otherCity }.Select(e => e.Code));
    }

    [Fact]
    public void A_bulletin_is_read_by_the_staff_of_its_own_city_only()
    {
        AssessmentRules.EnsureBulletinReader(VillageClerk(VillageClerkA), City);
        AssessmentRules.EnsureBulletinReader(Agent, City);
        AssessmentRules.EnsureBulletinReader(Director, City);

        var otherCity = Assert.Throws<DomainException>(() => AssessmentRules.EnsureBulletinReader(new Actor("c-x", ActorRole.WindowClerk, "510682101"), City));
        var admin = Assert.Throws<DomainException>(() => AssessmentRules.EnsureBulletinReader(new Actor("a-1", ActorRole.Administrator, City), City));
        Assert.Equal(("auth.jurisdiction", "auth.role"), (otherCity.Code, admin.Code));
    }

    [Fact]
    public void A_month_or_a_quarter_is_well_formed_and_has_begun()
    {
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), AssessmentRules.Month("2026-11", Today));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), AssessmentRules.Quarter(2026, 4, Today));
        Assert.Equal("month.notStarted", Assert.Throws<DomainException>(() => AssessmentRules.Month("2027-01", Today)).Code);
        Assert.Equal("month.invalid", Assert.Throws<DomainException>(() => AssessmentRules.Month("2026-13", Today)).Code);
        Assert.Equal("month.invalid", Assert.Throws<DomainException>(() => AssessmentRules.Month("11/2026", Today)).Code);
        Assert.Equal("quarter.invalid", Assert.Throws<DomainException>(() => AssessmentRules.Quarter(2026, 5, Today)).Code);
        Assert.Equal("quarter.notStarted", Assert.Throws<DomainException>(() => AssessmentRules.Quarter(2027, 1, Today)).Code);
        Assert.Equal((City, "2026-11"), AssessmentRules.ParseBulletinKey($"{City}/2026-11"));
        Assert.Equal("330182-TB202611", AssessmentRules.BulletinNumber(City, "2026-11"));
    }

    [Fact]
    public void The_deductions_of_a_subtree_are_read_as_a_range_of_division_codes()
    {
        Assert.Equal("330183", AssessmentPeriods.UpperBound("330182"));
        Assert.Equal("330190", AssessmentPeriods.UpperBound("330189"));
        Assert.Equal("330182102", AssessmentPeriods.UpperBound("330182101"));
        Assert.Equal("A", AssessmentPeriods.UpperBound("999999"));
    }
}
