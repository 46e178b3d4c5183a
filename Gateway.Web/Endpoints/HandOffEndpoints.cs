using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Moving a matter between tiers and people: hand up (代办), hand back, decide, and hand over
/// first-inquiry responsibility (首问负责). The point acting is the signed-in actor's; the grain
/// checks that it holds the matter.
/// </summary>
internal static class HandOffEndpoints
{
    public static void MapHandOffEndpoints(this RouteGroupBuilder api)
    {
        var matters = api.MapGroup("/matters/{receiptNumber}").WithTags("Hand-offs").RequireAuthorization(Roles.CaseWorkPolicy);
        matters.MapPost("/hand-up", (string receiptNumber, HandUpBody body, HttpContext c, IClusterClient g) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.HandUp(new HandUpCommand(actor, body.ProxyAgentId, body.Note))))
            .WithName("HandUp").Produces<MatterView>();
        matters.MapPost("/hand-back", (string receiptNumber, HandBackBody body, HttpContext c, IClusterClient g) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.HandBack(new HandBackCommand(actor, body.Reason))))
            .WithName("HandBack").Produces<MatterView>();
        matters.MapPost("/decide", (string receiptNumber, DecideBody body, HttpContext c, IClusterClient g) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.Decide(new DecideCommand(actor, body.Approve, body.ResultNote, body.Reason, body.LegalBasis))))
            .WithName("Decide").Produces<MatterView>();
        matters.MapPost("/hand-over", (string receiptNumber, HandOverBody body, HttpContext c, IClusterClient g) =>
                MatterEndpoints.ActAsync(receiptNumber, c, g, null, (grain, actor) => grain.HandOver(new HandOverCommand(actor, body.ToClerkId, body.Note))))
            .WithName("HandOver").Produces<MatterView>();
    }
}
