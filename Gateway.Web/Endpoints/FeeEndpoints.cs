using System.Globalization;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;

namespace Network.Gateway.Endpoints;

/// <summary>
/// A window's collection day (收费): the day's ledger and totals, charging a fee, collecting a bill
/// (代收), a refund, the close (日结), and a receipt by number. Each request is one call of the day's
/// grain with the signed-in actor; the grain decides who may do what and when (403/409).
/// </summary>
internal static class FeeEndpoints
{
    public static void MapFeeEndpoints(this RouteGroupBuilder api)
    {
        var day = api.MapGroup("/points/{pointCode}/windows/{windowId}/collection/{date}").WithTags("Fees");
        day.MapGet("/", (string pointCode, string windowId, string date, HttpContext c, IClusterClient g) =>
                ActAsync(pointCode, windowId, date, c, g, (grain, actor) => grain.Get(actor)))
            .WithName("GetCollectionDay").Produces<CollectionDayView>();

        var work = api.MapGroup("/points/{pointCode}/windows/{windowId}/collection/{date}").WithTags("Fees").RequireAuthorization(Roles.CaseWorkPolicy);
        work.MapPost("/charge", (string pointCode, string windowId, string date, ChargeBody body, HttpContext c, IClusterClient g) =>
                ActAsync(pointCode, windowId, date, c, g, (grain, actor) => grain.Charge(new ChargeCommand(actor, body.ItemId, body.MatterReceiptNumber, body.Quantity, Method(body.Method)))))
            .WithName("ChargeFee").WithSummary("Charge an item's fee for a matter in one step; the answer's last line is the receipt.").Produces<CollectionDayView>();
        work.MapPost("/bills", (string pointCode, string windowId, string date, CollectBillBody body, HttpContext c, IClusterClient g) =>
                ActAsync(pointCode, windowId, date, c, g, (grain, actor) => grain.CollectBill(new CollectBillCommand(actor, body.ItemId, body.AccountNumber, body.PayerName, body.AmountFen, Method(body.Method)))))
            .WithName("CollectBill").WithSummary("Collect a bill for a third party (代收).").Produces<CollectionDayView>();
        work.MapPost("/refund", (string pointCode, string windowId, string date, RefundBody body, HttpContext c, IClusterClient g) =>
                ActAsync(pointCode, windowId, date, c, g, (grain, actor) => grain.Refund(new RefundCommand(actor, body.ReceiptNumber, body.Reason))))
            .WithName("RefundReceipt").WithSummary("Refund a receipt of the day: the point's director, with a reason.").Produces<CollectionDayView>();
        work.MapPost("/close", (string pointCode, string windowId, string date, CloseDayBody body, HttpContext c, IClusterClient g) =>
                ActAsync(pointCode, windowId, date, c, g, (grain, actor) => grain.Close(new CloseDayCommand(actor, body.CountedCashFen, body.DifferenceReason))))
            .WithName("CloseCollectionDay").WithSummary("The day's close (日结): counted cash against the ledger; a difference needs a reason; the day is locked.").Produces<CollectionDayView>();

        api.MapGet("/receipts/{receiptNumber}", ReceiptAsync).WithTags("Fees").WithName("GetFeeReceipt").Produces<FeeReceipt>();
    }

    private static async Task<IResult> ReceiptAsync(string receiptNumber, HttpContext context, IClusterClient grains)
    {
        var key = CollectionDayKey.DayOfReceipt(receiptNumber);
        var receipt = await grains.GetGrain<ICollectionDayGrain>(key).GetReceipt(CurrentClerk.ActorOf(context), receiptNumber)
            ?? throw DomainException.NotFound("receiptNumber", "receipt.unknown", $"There is no fee receipt {receiptNumber}.");
        return Results.Ok(receipt);
    }

    private static async Task<IResult> ActAsync(
        string pointCode, string windowId, string date, HttpContext context, IClusterClient grains, Func<ICollectionDayGrain, Actor, Task<CollectionDayView>> act)
    {
        var actor = CurrentClerk.ActorOf(context);
        var key = CollectionDayKey.Of(Matters.Point(pointCode).Value, Slug(windowId), Date(date));
        return Results.Ok(await act(grains.GetGrain<ICollectionDayGrain>(key), actor));
    }

    /// <summary>A day in the route (yyyy-MM-dd), parsed at the edge.</summary>
    public static DateOnly Date(string date, string field = "date") =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw DomainException.Invalid(field, "date.invalid", $"'{date}' is not a date (yyyy-MM-dd).");

    /// <summary>The payment method a body must name (a missing one is not taken as cash).</summary>
    private static PaymentMethod Method(PaymentMethod? method) =>
        method ?? throw DomainException.Invalid("method", "payment.method", "The payment method is Cash, Card or QrCode.");

    private static string Slug(string windowId) =>
        windowId.Length is > 0 and <= 64 && windowId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? windowId
            : throw DomainException.Invalid("windowId", "id.invalid", "windowId must be 1-64 lowercase letters, digits or hyphens.");
}
