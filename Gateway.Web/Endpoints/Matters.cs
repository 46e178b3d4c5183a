using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>Shared steps of the endpoints: parse codes at the edge, load a matter or refuse with 404.</summary>
internal static class Matters
{
    public static IMatterGrain Grain(IClusterClient grains, string receiptNumber)
    {
        ReceiptNumber.PointOf(receiptNumber);
        return grains.GetGrain<IMatterGrain>(receiptNumber);
    }

    public static async Task<(IMatterGrain Grain, MatterView View)> LoadAsync(IClusterClient grains, string receiptNumber)
    {
        var grain = Grain(grains, receiptNumber);
        var view = await grain.Get()
            ?? throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter with receipt number {receiptNumber}.");
        return (grain, view);
    }

    public static DivisionCode Point(string pointCode) => DivisionCode.Parse(pointCode, "pointCode");

    /// <summary>Today in China (UTC+8), the day a receipt number is minted for.</summary>
    public static DateOnly ChinaToday(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static IReadOnlyList<string> List(IReadOnlyList<string>? values, string field)
    {
        if (values is null)
        {
            throw DomainException.Invalid(field, "list.required", $"{field} is required (an empty list is allowed).");
        }

        return values;
    }
}
