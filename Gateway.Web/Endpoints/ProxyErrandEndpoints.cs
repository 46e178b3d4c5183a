using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.ProxyErrands;

namespace Network.Gateway.Endpoints;

/// <summary>
/// The proxy register entry (代办登记) of a matter an agent applied for: opened, then its seven
/// steps (帮办代办) recorded in order, the call-back last. One grain call per request.
/// </summary>
internal static class ProxyErrandEndpoints
{
    public static void MapProxyErrandEndpoints(this RouteGroupBuilder api)
    {
        var errand = api.MapGroup("/matters/{receiptNumber}/errand").WithTags("ProxyErrands");
        errand.MapGet("/", GetAsync).WithName("GetProxyErrand").Produces<ProxyErrandView>();
        errand.MapGet("/history", HistoryAsync).WithName("GetProxyErrandHistory").Produces<IReadOnlyList<CaseHistoryRow>>();
        errand.MapPost("/", (string receiptNumber, HttpContext c, IClusterClient g) => ActAsync(receiptNumber, c, g, (grain, actor) => grain.Open(new OpenProxyErrandCommand(actor))))
            .WithName("OpenProxyErrand")
            .WithSummary("Open the proxy register entry of a matter applied for with a power of attorney (委托 and 受理 recorded).")
            .Produces<ProxyErrandView>()
            .RequireAuthorization(Roles.CaseWorkPolicy);
        errand.MapPost("/steps", (string receiptNumber, RecordErrandStepBody body, HttpContext c, IClusterClient g) => ActAsync(receiptNumber, c, g, (grain, actor) => grain.RecordStep(new RecordErrandStepCommand(actor, body.Step, body.Note))))
            .WithName("RecordProxyErrandStep")
            .Produces<ProxyErrandView>()
            .RequireAuthorization(Roles.CaseWorkPolicy);
    }

    private static async Task<IResult> GetAsync(string receiptNumber, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, receiptNumber).Get(CurrentClerk.ActorOf(context))
            ?? throw DomainException.NotFound("receiptNumber", "errand.unknown", $"Matter {receiptNumber} has no proxy errand."));

    private static async Task<IResult> HistoryAsync(string receiptNumber, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, receiptNumber).GetHistory(CurrentClerk.ActorOf(context)));

    private static async Task<IResult> ActAsync(string receiptNumber, HttpContext context, IClusterClient grains, Func<IProxyErrandGrain, Actor, Task<ProxyErrandView>> act) =>
        Results.Ok(await act(Grain(grains, receiptNumber), CurrentClerk.ActorOf(context)));

    private static IProxyErrandGrain Grain(IClusterClient grains, string receiptNumber)
    {
        ReceiptNumber.PointOf(receiptNumber);
        return grains.GetGrain<IProxyErrandGrain>(receiptNumber);
    }
}
