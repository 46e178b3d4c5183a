using Network.Gateway.Security;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>The A/B post of a window (AB岗): who is on duty, A away and back.</summary>
internal static class WindowEndpoints
{
    public static void MapWindowEndpoints(this RouteGroupBuilder api)
    {
        var window = api.MapGroup("/points/{pointCode}/windows/{windowId}").WithTags("Windows");
        window.MapGet("/duty", DutyAsync).WithName("WindowDuty").Produces<WindowDuty>();
        window.MapPost("/away", (string pointCode, string windowId, HttpContext c, IClusterClient g, Jurisdiction j) => SwitchAsync(pointCode, windowId, away: true, c, g, j))
            .WithName("PrimaryAway").WithSummary("The A clerk is away: B takes the window and A's open matters.").Produces<WindowSwitchResult>();
        window.MapPost("/back", (string pointCode, string windowId, HttpContext c, IClusterClient g, Jurisdiction j) => SwitchAsync(pointCode, windowId, away: false, c, g, j))
            .WithName("PrimaryBack").WithSummary("The A clerk is back on duty.").Produces<WindowSwitchResult>();
    }

    private static async Task<IResult> DutyAsync(string pointCode, string windowId, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var point = Matters.Point(pointCode);
        jurisdiction.EnsureCanReadPoint(user, point);
        return Results.Ok(await grains.GetGrain<IWindowGrain>($"{point.Value}/{windowId}").GetDuty());
    }

    private static async Task<IResult> SwitchAsync(string pointCode, string windowId, bool away, HttpContext context, IClusterClient grains, Jurisdiction jurisdiction)
    {
        var user = CurrentClerk.From(context.User);
        var point = Matters.Point(pointCode);
        await jurisdiction.EnsureCanSwitchWindowAsync(user, point.Value, windowId);
        return Results.Ok(await grains.GetGrain<IWindowGrain>($"{point.Value}/{windowId}").SetPrimaryAway(user.Id, away));
    }
}
