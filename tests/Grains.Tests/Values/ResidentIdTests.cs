using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Tests.Values;

public sealed class ResidentIdTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440524198001010013")]
    public void Valid_numbers_pass_the_GB11643_check(string id) => Assert.True(ResidentId.IsValid(id, out _));

    [Theory]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491331002X", "birth date")]
    [InlineData("440524188001010014", "birth date")]
    [InlineData("1101051949123100", "18 characters")]
    [InlineData("1101051949123100AX", "digits")]
    [InlineData("", "required")]
    public void Invalid_numbers_are_refused_with_the_reason(string id, string reason)
    {
        var e = Assert.Throws<DomainException>(() => ResidentId.Normalize(id));

        Assert.Equal("citizen.residentId", e.Field);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Masking_keeps_only_the_first_three_and_last_four() =>
        Assert.Equal("110***********002X", ResidentId.Mask("11010519491231002X"));
}
