using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Tests.Values;

public sealed class ProgressCodeTests
{
    [Fact]
    public void A_new_code_is_eight_characters_of_the_unambiguous_alphabet_and_codes_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ProgressCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7Q2M9XKD", "7Q2M9XKD")]
    [InlineData("7q2m-9xkd", "7Q2M9XKD")]
    [InlineData(" 7Q2M 9XKD ", "7Q2M9XKD")]
    [InlineData("O1IL-0000", "01110000")]
    public void A_code_is_read_as_a_person_types_it_from_the_slip(string typed, string stored) =>
        Assert.Equal(stored, ProgressCode.Normalize(typed));

    [Theory]
    [InlineData("7Q2M9XK")]
    [InlineData("7Q2M9XKDA")]
    [InlineData("7Q2M9XKU")]
    [InlineData("7Q2M9XK!")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_naming_the_field(string? typed)
    {
        var e = Assert.Throws<DomainException>(() => ProgressCode.Normalize(typed));

        Assert.Equal("code", e.Field);
        Assert.Equal("code.invalid", e.Code);
    }

    [Fact]
    public void A_lookup_names_exactly_one_proof_and_the_id_number_is_checked_in_full()
    {
        Assert.Equal("progress.proofRequired", Assert.Throws<DomainException>(() => ProgressProof.Of(null, " ")).Code);
        Assert.Equal("progress.proofRequired", Assert.Throws<DomainException>(() => ProgressProof.Of("7Q2M9XKD", "11010519491231002X")).Code);
        Assert.Equal("residentId", Assert.Throws<DomainException>(() => ProgressProof.Of(null, "002X")).Field);
        Assert.Equal(new ProgressProof(null, "11010519491231002X"), ProgressProof.Of(null, "11010519491231002x"));
        Assert.True(ProgressProof.Of("7q2m-9xkd", null).Fits("7Q2M9XKD", "11010519491231002X"));
        Assert.False(ProgressProof.Of("7Q2M9XKE", null).Fits("7Q2M9XKD", "11010519491231002X"));
        Assert.False(ProgressProof.Of("7Q2M9XKD", null).Fits(null, "11010519491231002X"));
        Assert.True(ProgressProof.Of(null, "11010519491231002X").Fits(null, "11010519491231002x"));
    }
}
