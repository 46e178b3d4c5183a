using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.PersonalData;
using Network.Grains.Queries.Search;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Reports;

/// <summary>The rules of finding matters and reading registers, without a cluster.</summary>
public sealed class SearchRulesTests
{
    private static readonly PersonalDataProtector Protector = new([new byte[32]]);

    [Fact]
    public void A_window_clerk_may_not_search_the_points_below_their_own()
    {
        var refusal = Assert.Throws<DomainException>(() => SearchRules.Filter(TownClerk(ClerkA), new MatterSearch(Township) { Subtree = true }, Protector));

        Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "subtree"), (refusal.Kind, refusal.Code, refusal.Field));
        Assert.True(SearchRules.Filter(Director, new MatterSearch(Township) { Subtree = true }, Protector).Scope.Subtree);
        Assert.True(SearchRules.Filter(MonitorActor, new MatterSearch(City) { Subtree = true }, Protector).Scope.Subtree);
    }

    [Fact]
    public void A_search_or_register_of_a_point_outside_the_actors_jurisdiction_is_refused()
    {
        var search = Assert.Throws<DomainException>(() => SearchRules.Filter(VillageClerk(VillageClerkA), new MatterSearch(Township), Protector));
        var register = Assert.Throws<DomainException>(() => SearchRules.Filter(TownClerk(ClerkA), new RegisterQuery(City, RegisterPeriod.Month, new DateOnly(2026, 10, 1))));
        var otherCity = Assert.Throws<DomainException>(() => SearchRules.Filter(MonitorActor, new RegisterQuery("510682", RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true }));

        foreach (var refusal in new[] { search, register, otherCity })
        {
            Assert.Equal((DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode"), (refusal.Kind, refusal.Code, refusal.Field));
        }
    }

    [Fact]
    public void A_name_and_an_ID_tail_reach_the_store_only_as_keyed_lookup_values()
    {
        var filter = SearchRules.Filter(TownClerk(ClerkA), new MatterSearch(Township) { CitizenName = " 王 秀英 ", ResidentIdTail = "002x" }, Protector);

        Assert.Equal(Protector.NameLookup("王秀英"), filter.NameLookup);
        Assert.Equal(Protector.ResidentIdTailLookup("11010519491231002X"), filter.IdTailLookup);
        Assert.DoesNotContain("王", filter.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("002X", filter.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(new PersonalDataProtector([Enumerable.Repeat((byte)1, 32).ToArray()]).NameLookup("王秀英"), filter.NameLookup);
    }

    [Theory]
    [InlineData("after", "9999-12-31")]
    [InlineData("after", "2026-13-01~330182101-20261001-ABCDEFGH")]
    [InlineData("after", "2026-10-01~not-a-receipt")]
    [InlineData("idTail", null)]
    [InlineData("limit", null)]
    [InlineData("from", null)]
    public void A_malformed_search_is_refused_naming_its_field(string field, string? after)
    {
        var search = field switch
        {
            "after" => new MatterSearch(Township) { After = after },
            "idTail" => new MatterSearch(Township) { ResidentIdTail = "12a4" },
            "limit" => new MatterSearch(Township) { Limit = SearchRules.MaxSearchLimit + 1 },
            _ => new MatterSearch(Township) { ReceivedFrom = new DateOnly(2026, 10, 2), ReceivedTo = new DateOnly(2026, 10, 1) },
        };

        var refusal = Assert.Throws<DomainException>(() => SearchRules.Filter(TownClerk(ClerkA), search, Protector));

        Assert.Equal((DomainErrorKind.Invalid, field), (refusal.Kind, refusal.Field));
    }

    [Fact]
    public void A_register_cursor_naming_a_point_outside_the_register_asked_for_is_refused()
    {
        var query = new RegisterQuery(Township, RegisterPeriod.Year, new DateOnly(2026, 1, 1)) { Subtree = true, After = $"330183101~{DateTimeOffset.UnixEpoch.UtcTicks + 1}~330183101-20260101-ABCDEFGH" };

        var refusal = Assert.Throws<DomainException>(() => SearchRules.Filter(Director, query));

        Assert.Equal((DomainErrorKind.Invalid, "after"), (refusal.Kind, refusal.Field));
        Assert.Equal(Village, SearchRules.Filter(Director, query with { After = $"{Village}~{DateTimeOffset.UnixEpoch.UtcTicks + 1}~{Village}-20260101-ABCDEFGH" }).After!.PointCode);
    }

    [Fact]
    public void Days_of_a_search_and_of_a_register_are_days_in_China_time()
    {
        var search = SearchRules.Filter(TownClerk(ClerkA), new MatterSearch(Township) { ReceivedFrom = new DateOnly(2026, 10, 1), ReceivedTo = new DateOnly(2026, 10, 1) }, Protector);
        var month = SearchRules.Filter(TownClerk(ClerkA), new RegisterQuery(Township, RegisterPeriod.Month, new DateOnly(2026, 2, 17)));
        var year = new RegisterQuery(Township, RegisterPeriod.Year, new DateOnly(2026, 2, 17));

        Assert.Equal(DateTimeOffset.Parse("2026-09-30T16:00:00Z"), search.ReceivedFrom);
        Assert.Equal(DateTimeOffset.Parse("2026-10-01T16:00:00Z"), search.ReceivedUntil);
        Assert.Equal(DateTimeOffset.Parse("2026-01-31T16:00:00Z"), month.From);
        Assert.Equal(DateTimeOffset.Parse("2026-02-28T16:00:00Z"), month.Until);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), (year.From, year.Until));
    }

    [Fact]
    public void A_subtree_is_a_range_of_division_codes()
    {
        Assert.Equal("330182102", new PointScope(Township, true).UpperBound);
        Assert.Equal("330190", new PointScope("330189", true).UpperBound);
        Assert.True(new PointScope(Township, true).Contains(Village));
        Assert.False(new PointScope(Township, false).Contains(Village));
        Assert.Null(new PointScope("999999", true).UpperBound);
    }

    [Fact]
    public void A_forged_or_missing_actor_is_refused()
    {
        var nobody = Assert.Throws<DomainException>(() => SearchRules.Filter(null, new MatterSearch(Township), Protector));
        var admin = Assert.Throws<DomainException>(() => SearchRules.Filter(new Actor("admin", ActorRole.Administrator, City), new MatterSearch(City), Protector));

        Assert.Equal(DomainErrorKind.Invalid, nobody.Kind);
        Assert.Equal(DomainErrorKind.Forbidden, admin.Kind);
    }
}
