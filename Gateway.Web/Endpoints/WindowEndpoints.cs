using Network.Grains.Interfaces;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>The A/B post of a window (AB岗): who is on duty, A away and back (each switch audited with who made it).</summary>
internal static class WindowEndpoints
{
    public static void MapWindowEndpoints(this RouteGroupBuilder api)
    {
        var window = api.MapGroup("/points/{pointCode}/windows/{windowId}").WithTags("Windows");
        window.MapGet("/duty", DutyAsync).WithName("WindowDuty").Produces<WindowDuty>();
        var post = window.MapGroup("/").RequireAuthorization(Roles.CaseWorkPolicy);
        post.MapPost("/away", (string pointCode, string windowId, HttpContext c, IClusterClient g, AuditLog a, CancellationToken t) => SwitchAsync(pointCode, windowId, away: true, c, g, a, t))
            .WithName("PrimaryAway").WithSummary("The A clerk is away: B takes the window and A's open matters.").Produces<WindowSwitchResult>();
        post.MapPost("/back", (string pointCode, string windowId, HttpContext c, IClusterClient g, AuditLog a, CancellationToken t) => SwitchAsync(pointCode, windowId, away: false, c, g, a, t))
            .WithName("PrimaryBack").WithSummary("The A clerk is back on duty.").Produces<WindowSwitchResult>();
    }

    private static async Task<IResult> DutyAsync(string pointCode, string windowId, HttpContext context, IClusterClient grains)
    {
        var point = PointEndpoints.Readable(pointCode, context);
        return Results.Ok(await grains.Reference<IWindowGrain>($"{point.Value}/{windowId}").GetDuty());
    }

    /// <summary>
    /// One grain call: the window decides whether the actor (its A or B clerk, or a director of the
    /// point) may switch it. The switch is then audited with the signed-in actor, who need not be the
    /// clerk whose post changed (B or a director may mark A away).
    /// </summary>
    private static async Task<IResult> SwitchAsync(
        string pointCode, string windowId, bool away, HttpContext context, IClusterClient grains, AuditLog audit, CancellationToken cancellationToken)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(pointCode);
        var result = await grains.Reference<IWindowGrain>($"{point.Value}/{windowId}").SetPrimaryAway(actor, away);
        await audit.WriteAsync(
            new AuditEvent(
                actor.Id,
                away ? "window.primaryAway" : "window.primaryBack",
                $"{point.Value}/{windowId}",
                AuditEvent.AddressOf(context),
                AuditEvent.Succeeded,
                $"{actor.Role}; on duty now: {result.Duty.OnDuty.Id}; {result.MovedMatters.Count} matters moved"),
            cancellationToken);
        return Results.Ok(result);
    }
}
