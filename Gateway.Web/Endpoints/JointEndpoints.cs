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
        var parts = api.MapGroup("/matters/{receiptNumber}/parts/{pointCode}/{windowId}").WithTags("Joint matters").RequireAuthorization(Roles.CaseWorkPolicy);
        parts.MapPost("/complete", (string receiptNumber, string pointCode, string windowId, CompletePartBody body, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.CompletePart(new CompletePartCommand(actor, Matters.Point(pointCode).Value, windowId, body.Note))))
            .WithName("CompletePart").Produces<MatterView>();
        parts.MapPost("/return", (string receiptNumber, string pointCode, string windowId, ReturnPartBody body, HttpContext c, IClusterClient g, GatewayMetrics m) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, m, (grain, actor) => grain.ReturnPart(new ReturnPartCommand(actor, Matters.Point(pointCode).Value, windowId, body.Reason, body.LegalBasis))))
            .WithName("ReturnPart").Produces<MatterView>();
    }
}
