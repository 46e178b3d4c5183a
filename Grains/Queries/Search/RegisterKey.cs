using System.Globalization;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The order of a register and its keyset cursor: the point that took the matter in, when, then the
/// receipt number (unique). Cursor: <c>{point}~{UTC ticks}~{receipt}</c>.
/// </summary>
public sealed record RegisterKey(string PointCode, DateTimeOffset OpenedAt, string ReceiptNumber)
{
    /// <summary>The key of a matter, its time cut to the microsecond as PostgreSQL keeps it.</summary>
    public static RegisterKey Of(Matters.MatterState state) =>
        new(state.PointCode, new DateTimeOffset(state.ReceivedAt.UtcTicks - (state.ReceivedAt.UtcTicks % 10), TimeSpan.Zero), state.ReceiptNumber);

    public override string ToString() =>
        $"{PointCode}~{OpenedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}~{ReceiptNumber}";

    public static RegisterKey Parse(string text)
    {
        var parts = text.Split('~');
        if (parts.Length != 3
            || !DivisionCode.TryParse(parts[0], out _, out _)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.UnixEpoch.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw DomainException.Invalid("after", "after.invalid", "'after' is the 'next' of the batch before, as it was given.");
        }

        Interfaces.Matters.ReceiptNumber.PointOf(parts[2], "after");
        return new RegisterKey(parts[0], new DateTimeOffset(ticks, TimeSpan.Zero), parts[2]);
    }
}
