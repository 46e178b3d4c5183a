using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Catalog;

/// <summary>
/// The stable code of a service item (事项编码), after GB/T 39554.1's idea: one code per item that
/// never changes with its versions, and an implementation code per point that implements it.
/// <list type="bullet">
/// <item>A master catalog item (基本目录): <c>{city code}-{type}-{nnnn}</c>, e.g. <c>510682-XK-0007</c>;
/// the type is one of <see cref="Types"/> (行政许可 XK, 行政确认 QR, 行政给付 JF, 行政征收 ZS, 公共服务 GF, 其他 QT).</item>
/// <item>A point's own item (自选事项), approved by the city: <c>{point code}-ZX-{8 characters}</c>,
/// the tail taken from the number of the change that brought it in.</item>
/// <item>The implementation code (实施编码) of an item at a point: <c>{code}.{point code}</c>; the
/// point code's length says the tier it is implemented at.</item>
/// </list>
/// </summary>
public static class ItemCode
{
    /// <summary>The types of a master item's code.</summary>
    public static IReadOnlyList<string> Types { get; } = ["XK", "QR", "JF", "ZS", "GF", "QT"];

    /// <summary>The type of a point's own item.</summary>
    public const string LocalType = "ZX";

    /// <summary>Whether <paramref name="code"/> is a master item code of the city <paramref name="cityCode"/>.</summary>
    public static bool IsMasterOf(string? code, string cityCode)
    {
        var parts = code?.Split('-');
        return parts is { Length: 3 } && parts[0] == cityCode && Types.Contains(parts[1])
            && parts[2].Length == 4 && parts[2].All(char.IsAsciiDigit);
    }

    /// <summary>Whether <paramref name="code"/> is the code of an own item of the point <paramref name="pointCode"/>.</summary>
    public static bool IsLocalOf(string? code, string pointCode)
    {
        var parts = code?.Split('-');
        return parts is { Length: 3 } && parts[0] == pointCode && parts[1] == LocalType && parts[2].Length == 8 && parts[2].All(char.IsAsciiLetterOrDigit);
    }

    /// <summary>The code of a point's own item brought in by the change <paramref name="changeNumber"/>.</summary>
    public static string Local(string pointCode, string changeNumber) => $"{pointCode}-{LocalType}-{changeNumber[^8..]}";

    /// <summary>The implementation code (实施编码) of <paramref name="code"/> at <paramref name="pointCode"/>.</summary>
    public static string Implementation(string code, string pointCode) => $"{code}.{pointCode}";

    /// <summary>A master code of <paramref name="cityCode"/>, or a refusal (400 <c>item.code</c>) naming <paramref name="field"/>.</summary>
    public static string EnsureMaster(string? code, string cityCode, string field)
    {
        if (!IsMasterOf(code, cityCode))
        {
            throw DomainException.Invalid(field, "item.code", $"A master catalog code of city {cityCode} looks like {cityCode}-XK-0001 (types {string.Join(", ", Types)}).");
        }

        return code!;
    }

    /// <summary>The city whose master catalog governs the point <paramref name="point"/>.</summary>
    public static string CityOf(DivisionCode point) => point.Value[..6];
}
