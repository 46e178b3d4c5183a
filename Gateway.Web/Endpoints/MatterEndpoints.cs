using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Endpoints;

/// <summary>A matter at its window: detail, history, supplements, completion, return, deadlines.</summary>
internal static class MatterEndpoints
{
    public static void MapMatterEndpoints(this RouteGroupBuilder api)
    {
        var matters = api.MapGroup("/matters/{receiptNumber}").WithTags("Matters");
        matters.MapGet("/", GetAsync).WithName("GetMatter").Produces<MatterView>();
        matters.MapGet("/history", HistoryAsync).WithName("GetMatterHistory").Produces<IReadOnlyList<LedgerEntry>>();
        matters.MapPost("/supplement", (string receiptNumber, SupplyMaterialsBody body, HttpContext c, IClusterClient g, Jurisdiction j, GatewayMetrics m) =>
                AtWindowAsync(receiptNumber, c, g, j, m, (grain, clerk) => grain.SupplyMaterials(new SupplyMaterialsCommand(clerk, Matters.List(body.Materials, "materials")))))
            .WithName("SupplyMaterials").Produces<MatterView>();
        matters.MapPost("/request-supplement", (string receiptNumber, RequestSupplementBody body, HttpContext c, IClusterClient g, Jurisdiction j, GatewayMetrics m) =>
                AtWindowAsync(receiptNumber, c, g, j, m, (grain, clerk) => grain.RequestSupplement(new RequestSupplementCommand(clerk, Matters.List(body.Missing, "missing")))))
            .WithName("RequestSupplement").Produces<MatterView>();
        matters.MapPost("/complete", (string receiptNumber, CompleteBody body, HttpContext c, IClusterClient g, Jurisdiction j, GatewayMetrics m) =>
                AtWindowAsync(receiptNumber, c, g, j, m, (grain, clerk) => grain.Complete(new CompleteCommand(clerk, body.ResultNote))))
            .WithName("CompleteMatter").Produces<MatterView>();
        matters.MapPost("/return", (string receiptNumber, ReturnBody body, HttpContext c, IClusterClient g, Jurisdiction j, GatewayMetrics m) =>
                AtWindowAsync(receiptNumber, c, g, j, m, (grain, clerk) => grain.Return(new ReturnCommand(clerk, body.Reason, body.LegalBasis))))
            .WithName("ReturnMatter").Produces<MatterView>();
        matters.MapPost("/deliver", (string receiptNumber, HttpContext c, IClusterClient g, Jurisdiction j, GatewayMetrics m) =>
                AtWindowAsync(receiptNumber, c, g, j, m, (grain, clerk) => grain.Deliver(new DeliverCommand(clerk))))
            .WithName("DeliverResult").Produces<MatterView>();
        matters.MapPost("/check-deadlines", CheckDeadlinesAsync).WithName("CheckDeadlines").Produces<MatterView>();
    }

    private static async Task<IResult> GetAsync(string receiptNumber, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (_, view) = await Matters.LoadAsync(grains, receiptNumber);
        jurisdiction.EnsureCanReadMatter(user, view);
        return Results.Ok(view);
    }

    private static async Task<IResult> HistoryAsync(string receiptNumber, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, view) = await Matters.LoadAsync(grains, receiptNumber);
        jurisdiction.EnsureCanReadMatter(user, view);
        return Results.Ok(await grain.GetHistory());
    }

    private static async Task<IResult> CheckDeadlinesAsync(string receiptNumber, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, view) = await Matters.LoadAsync(grains, receiptNumber);
        jurisdiction.EnsureCanCheckDeadlines(user, view);
        return Results.Ok(await grain.CheckDeadlines() ?? view);
    }

    /// <summary>An operation of the matter's own window: a clerk of the point of intake, A or B of the window.</summary>
    private static async Task<IResult> AtWindowAsync(
        string receiptNumber,
        HttpContext context,
        IClusterClient grains,
        Jurisdiction jurisdiction,
        GatewayMetrics metrics,
        Func<IMatterGrain, string, Task<MatterView>> act)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureClerkAtWindowAsync(user, before.PointCode, before.WindowId);
        var after = await act(grain, user.Id);
        metrics.Changed(before.Status, after);
        return Results.Ok(after);
    }
}
