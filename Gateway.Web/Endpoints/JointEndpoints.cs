using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Endpoints;

/// <summary>Joint matters (联办件): each window completes or returns its own part.</summary>
internal static class JointEndpoints
{
    public static void MapJointEndpoints(this RouteGroupBuilder api)
    {
        var parts = api.MapGroup("/matters/{receiptNumber}/parts/{pointCode}/{windowId}").WithTags("Joint matters");
        parts.MapPost("/complete", CompleteAsync).WithName("CompletePart").Produces<MatterView>();
        parts.MapPost("/return", ReturnAsync).WithName("ReturnPart").Produces<MatterView>();
    }

    private static Task<IResult> CompleteAsync(string receiptNumber, string pointCode, string windowId, CompletePartBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction, GatewayMetrics metrics) =>
        ActAsync(receiptNumber, pointCode, windowId, context, grains, jurisdiction, metrics, (grain, clerk) => grain.CompletePart(new CompletePartCommand(clerk, pointCode, windowId, body.Note)));

    private static Task<IResult> ReturnAsync(string receiptNumber, string pointCode, string windowId, ReturnPartBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction, GatewayMetrics metrics) =>
        ActAsync(receiptNumber, pointCode, windowId, context, grains, jurisdiction, metrics, (grain, clerk) => grain.ReturnPart(new ReturnPartCommand(clerk, pointCode, windowId, body.Reason, body.LegalBasis)));

    private static async Task<IResult> ActAsync(
        string receiptNumber,
        string pointCode,
        string windowId,
        HttpContext context,
        IClusterClient grains,
        Jurisdiction jurisdiction,
        GatewayMetrics metrics,
        Func<IMatterGrain, string, Task<MatterView>> act)
    {
        var user = CurrentClerk.From(context.User);
        Matters.Point(pointCode);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureClerkAtWindowAsync(user, pointCode, windowId);
        var after = await act(grain, user.Id);
        metrics.Changed(before.Status, after);
        return Results.Ok(after);
    }
}
