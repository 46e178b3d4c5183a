using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>Shared steps of the endpoints: parse codes at the edge, refuse an unknown matter with 404.</summary>
internal static class Matters
{
    /// <summary>The grain of a receipt number checked at the edge (a malformed number is a 400, not a grain call).</summary>
    public static IMatterGrain Grain(IClusterClient grains, string receiptNumber)
    {
        ReceiptNumber.PointOf(receiptNumber);
        return grains.Reference<IMatterGrain>(receiptNumber);
    }

    /// <summary>A grain's answer to a read, or 404 <c>matter.unknown</c> when the receipt number was never used.</summary>
    public static T Found<T>(T? answer, string receiptNumber)
        where T : class =>
        answer ?? throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter with receipt number {receiptNumber}.");

    public static DivisionCode Point(string pointCode) => DivisionCode.Parse(pointCode, "pointCode");

    public static IReadOnlyList<string> List(IReadOnlyList<string>? values, string field)
    {
        if (values is null)
        {
            throw DomainException.Invalid(field, "list.required", $"{field} is required (an empty list is allowed).");
        }

        return values;
    }
}
