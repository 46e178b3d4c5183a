using System.Globalization;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Queue;

/// <summary>Keys of the day grains of a point: <c>{point code}/{yyyy-MM-dd}</c> (queues and appointment books).</summary>
public static class QueueKeys
{
    public static string Of(DivisionCode point, DateOnly day) => $"{point.Value}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The point and day of a key; throws <see cref="FormatException"/> for a malformed one.</summary>
    public static (DivisionCode Point, DateOnly Day) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !DivisionCode.TryParse(key[..slash], out var point, out _)
            || !DateOnly.TryParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new FormatException($"'{key}' is not a point and day key.");
        }

        return (point, day);
    }
}
