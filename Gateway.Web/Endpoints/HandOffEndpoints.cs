using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Moving a matter between tiers and people: hand up (代办), hand back, decide, and hand over
/// first-inquiry responsibility (首问负责). The point acting is always the one holding the matter.
/// </summary>
internal static class HandOffEndpoints
{
    public static void MapHandOffEndpoints(this RouteGroupBuilder api)
    {
        var matters = api.MapGroup("/matters/{receiptNumber}").WithTags("Hand-offs");
        matters.MapPost("/hand-up", HandUpAsync).WithName("HandUp").Produces<MatterView>();
        matters.MapPost("/hand-back", HandBackAsync).WithName("HandBack").Produces<MatterView>();
        matters.MapPost("/decide", DecideAsync).WithName("Decide").Produces<MatterView>();
        matters.MapPost("/hand-over", HandOverAsync).WithName("HandOver").Produces<MatterView>();
    }

    private static async Task<IResult> HandUpAsync(string receiptNumber, HandUpBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureCanHandUpAsync(user, before);
        var agent = user.IsIn(Roles.ProxyAgent) ? user.Id : body.ProxyAgentId;
        return Results.Ok(await grain.HandUp(new HandUpCommand(user.Id, before.CurrentPointCode, agent, body.Note)));
    }

    private static async Task<IResult> HandBackAsync(string receiptNumber, HandBackBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureClerkAtPointAsync(user, before.CurrentPointCode, "fromPointCode");
        return Results.Ok(await grain.HandBack(new HandBackCommand(user.Id, before.CurrentPointCode, body.Reason)));
    }

    private static async Task<IResult> DecideAsync(string receiptNumber, DecideBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction, GatewayMetrics metrics)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureClerkAtPointAsync(user, before.CurrentPointCode);
        var after = await grain.Decide(new DecideCommand(user.Id, body.Approve, body.ResultNote, body.Reason, body.LegalBasis));
        metrics.Changed(before.Status, after);
        return Results.Ok(after);
    }

    private static async Task<IResult> HandOverAsync(string receiptNumber, HandOverBody body, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var (grain, before) = await Matters.LoadAsync(grains, receiptNumber);
        await jurisdiction.EnsureCanHandOverAsync(user, before);
        return Results.Ok(await grain.HandOver(new HandOverCommand(user.Id, body.ToClerkId, body.Note)));
    }
}
