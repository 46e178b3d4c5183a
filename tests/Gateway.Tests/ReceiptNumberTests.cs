using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Tests;

/// <summary>
/// The receipt number the gateway mints for each intake (<see cref="ReceiptNumber.New"/>): the
/// point, the day, and eight characters drawn at random from the read-aloud alphabet.
/// </summary>
public sealed class ReceiptNumberTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void A_receipt_number_is_the_point_the_day_and_eight_characters_of_the_read_aloud_alphabet()
    {
        var point = DivisionCode.Parse("510101003", "point");
        var receipt = ReceiptNumber.New(point, new DateOnly(2026, 12, 2));

        Assert.Matches("^510101003-20261202-[0-9A-HJKMNP-TV-Z]{8}$", receipt);
        Assert.Equal(point, ReceiptNumber.PointOf(receipt));
    }

    [Fact]
    public void Every_character_of_the_alphabet_is_drawn_in_every_position_and_numbers_do_not_repeat()
    {
        // 4,000 numbers: a character missing from a position by chance has odds of about 32 * 8 * (31/32)^4000, nil.
        var day = new DateOnly(2026, 12, 2);
        var suffixes = Enumerable.Range(0, 4000).Select(_ => ReceiptNumber.NewSuffix(day)[9..]).ToList();

        Assert.Equal(suffixes.Count, suffixes.Distinct(StringComparer.Ordinal).Count());
        for (var position = 0; position < 8; position++)
        {
            var drawn = suffixes.Select(s => s[position]).ToHashSet();
            Assert.Equal(Alphabet.ToHashSet(), drawn);
        }
    }
}
