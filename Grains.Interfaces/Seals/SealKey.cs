using System.Text.RegularExpressions;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Seals;

/// <summary>
/// A seal's key: <c>{point code}/{serial number}</c>. The serial number (印章编号) is what is
/// engraved and registered: 1 to 20 capital letters, digits or hyphens, unique within the point
/// (the key makes it so: a second seal under a number in use is refused).
/// </summary>
public static partial class SealKey
{
    public static string Of(string pointCode, string serialNumber) => $"{DivisionCode.Parse(pointCode, "pointCode").Value}/{Serial(serialNumber)}";

    public static (string PointCode, string SerialNumber) Parse(string? key)
    {
        var slash = key?.IndexOf('/') ?? -1;
        if (key is null || slash < 0)
        {
            throw DomainException.Invalid("key", "seal.key", "A seal is named {point code}/{serial number}, e.g. 510682101/YZ-001.");
        }

        return (DivisionCode.Parse(key[..slash], "pointCode").Value, Serial(key[(slash + 1)..]));
    }

    public static string Serial(string? serialNumber) =>
        serialNumber is not null && SerialPattern().IsMatch(serialNumber)
            ? serialNumber
            : throw DomainException.Invalid("serialNumber", "seal.serialNumber", "A seal's number has 1 to 20 capital letters, digits or hyphens, e.g. YZ-001.");

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex SerialPattern();
}
