using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Endpoints;

/// <summary>
/// A matter: detail, history, supplements and further notices, completion, return, delivery, deadlines and their extension. Every request
/// is exactly one call of the matter grain with the signed-in actor; the grain decides whether the
/// actor may read or act in the matter's state (403/409) and answers with what the actor may do next.
/// </summary>
internal static class MatterEndpoints
{
    public static void MapMatterEndpoints(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/matters/{receiptNumber}").WithTags("Matters");
        read.MapGet("/", GetAsync).WithName("GetMatter").Produces<MatterView>();
        read.MapGet("/history", HistoryAsync).WithName("GetMatterHistory").Produces<IReadOnlyList<LedgerEntry>>();

        var matters = api.MapGroup("/matters/{receiptNumber}").WithTags("Matters").RequireAuthorization(Roles.CaseWorkPolicy);
        matters.MapPost("/supplement", (string receiptNumber, SupplyMaterialsBody body, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.SupplyMaterials(new SupplyMaterialsCommand(actor, Matters.List(body.Materials, "materials")))))
            .WithName("SupplyMaterials").Produces<MatterView>();
        matters.MapPost("/request-supplement", (string receiptNumber, RequestSupplementBody body, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.RequestSupplement(new RequestSupplementCommand(actor, Matters.List(body.Missing, "missing")))))
            .WithName("RequestSupplement").Produces<MatterView>();
        matters.MapPost("/ask-supplement-approval", (string receiptNumber, AskSupplementApprovalBody body, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.AskSupplementApproval(new AskSupplementApprovalCommand(actor, Matters.List(body.Missing, "missing"), body.Reason))))
            .WithName("AskSupplementApproval").Produces<MatterView>();
        matters.MapPost("/approve-supplement", (string receiptNumber, ApproveSupplementBody body, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.ApproveSupplement(new ApproveSupplementCommand(actor, body.Missing ?? [], body.Reason))))
            .WithName("ApproveSupplement").Produces<MatterView>();
        matters.MapPost("/refuse-supplement", (string receiptNumber, RefuseSupplementBody body, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.RefuseSupplement(new RefuseSupplementCommand(actor, body.Reason))))
            .WithName("RefuseSupplement").Produces<MatterView>();
        matters.MapPost("/extend", (string receiptNumber, ExtendBody body, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.Extend(new ExtendCommand(actor, body.WorkingDays, body.Reason))))
            .WithName("ExtendMatter").Produces<MatterView>();
        matters.MapPost("/complete", (string receiptNumber, CompleteBody body, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.Complete(new CompleteCommand(actor, body.ResultNote))))
            .WithName("CompleteMatter").Produces<MatterView>();
        matters.MapPost("/return", (string receiptNumber, ReturnBody body, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.Return(new ReturnCommand(actor, body.Reason, body.LegalBasis))))
            .WithName("ReturnMatter").Produces<MatterView>();
        matters.MapPost("/deliver", (string receiptNumber, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.Deliver(new DeliverCommand(actor))))
            .WithName("DeliverResult").Produces<MatterView>();
        matters.MapPost("/check-deadlines", (string receiptNumber, HttpContext c, IClusterClient g) =>
                ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.CheckDeadlines(actor)))
            .WithName("CheckDeadlines").Produces<MatterView>();
    }

    private static async Task<IResult> GetAsync(string receiptNumber, HttpContext context, IClusterClient grains) =>
        Results.Ok(Matters.Found(await Matters.Grain(grains, receiptNumber).Get(CurrentClerk.ActorOf(context)), receiptNumber));

    /// <summary>A matter's ledger; a matter has at least its intake row, so an empty answer means an unknown receipt number.</summary>
    private static async Task<IResult> HistoryAsync(string receiptNumber, HttpContext context, IClusterClient grains)
    {
        var history = await Matters.Grain(grains, receiptNumber).GetHistory(CurrentClerk.ActorOf(context));
        return Results.Ok(Matters.Found(history.Count == 0 ? null : history, receiptNumber));
    }

    /// <summary>
    /// One command: the actor of the signed-in user, one grain call, the answer. Completions and
    /// returns are counted from that answer (<paramref name="metrics"/> null: the command never closes a matter).
    /// </summary>
    public static async Task<IResult> ActAsync(
        string receiptNumber,
        HttpContext context,
        IClusterClient grains,
        GatewayMetrics? metrics,
        Func<IMatterGrain, Actor, Task<MatterView>> act)
    {
        var actor = CurrentClerk.ActorOf(context);
        var grain = Matters.Grain(grains, receiptNumber);
        var after = await act(grain, actor);
        metrics?.Closing(after);
        return Results.Ok(after);
    }
}
