using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Tests.Values;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("110105", Tier.City, null)]
    [InlineData("110105003", Tier.Township, "110105")]
    [InlineData("110105003012", Tier.Village, "110105003")]
    public void Tier_and_parent_follow_from_the_code(string text, Tier tier, string? parent)
    {
        var code = DivisionCode.Parse(text);

        Assert.Equal(tier, code.Tier);
        Assert.Equal(parent, code.Parent?.Value);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("11010", "6 (city), 9 (township) or 12 (village)")]
    [InlineData("1101050031", "6 (city), 9 (township) or 12 (village)")]
    [InlineData("11010A", "digits only")]
    [InlineData("１１０１０５", "digits only")]
    [InlineData("990105", "province-level")]
    [InlineData("110000", "whole province")]
    [InlineData("110105000", "township part")]
    [InlineData("110105003000", "village part")]
    public void Invalid_codes_are_refused_with_the_reason(string? text, string reason)
    {
        var e = Assert.Throws<DomainException>(() => DivisionCode.Parse(text, "code"));

        Assert.Equal(DomainErrorKind.Invalid, e.Kind);
        Assert.Equal("code", e.Field);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_contains_its_subtree_only()
    {
        var township = DivisionCode.Parse("110105003");

        Assert.True(township.Contains(DivisionCode.Parse("110105003012")));
        Assert.False(township.Contains(DivisionCode.Parse("110105004012")));
        Assert.False(township.Contains(DivisionCode.Parse("110105")));
    }
}
