using System.Globalization;
using Network.Gateway.Contracts;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Endpoints;

/// <summary>
/// The duty roster (值班) and attendance (考勤): a month's roster (read, draft, publish), the day's
/// attendance sheet (read, clock in, clock out), the vacant posts recorded (空岗, for assessment), and
/// for the hall screen the day's published duty without sign-in. One grain call per request.
/// </summary>
internal static class DutyEndpoints
{
    public static void MapDutyEndpoints(this RouteGroupBuilder api)
    {
        var roster = api.MapGroup("/points/{pointCode}/roster/{month}").WithTags("Duty");
        roster.MapGet("/", async (string pointCode, string month, HttpContext c, IClusterClient g) =>
                Results.Ok(await Roster(g, pointCode, month).Get(CurrentClerk.ActorOf(c))))
            .WithName("GetRoster").Produces<RosterView>();
        var directing = api.MapGroup("/points/{pointCode}/roster/{month}").WithTags("Duty").RequireAuthorization(Roles.CaseWorkPolicy);
        directing.MapPut("/", async (string pointCode, string month, DraftRosterBody body, HttpContext c, IClusterClient g) =>
                Results.Ok(await Roster(g, pointCode, month).Draft(new DraftRosterCommand(CurrentClerk.ActorOf(c), body.Shifts ?? [], body.Assignments, body.Leaders))))
            .WithName("DraftRoster").WithSummary("The director replaces the month's draft.").Produces<RosterView>();
        directing.MapPost("/publish", async (string pointCode, string month, HttpContext c, IClusterClient g) =>
                Results.Ok(await Roster(g, pointCode, month).Publish(new PublishRosterCommand(CurrentClerk.ActorOf(c)))))
            .WithName("PublishRoster").Produces<RosterView>();

        var sheet = api.MapGroup("/points/{pointCode}/attendance/{date}").WithTags("Duty");
        sheet.MapGet("/", async (string pointCode, string date, HttpContext c, IClusterClient g) =>
                Results.Ok(await Sheet(g, pointCode, date).Get(CurrentClerk.ActorOf(c))))
            .WithName("GetAttendance").Produces<AttendanceView>();
        var clock = api.MapGroup("/points/{pointCode}/attendance/{date}").WithTags("Duty").RequireAuthorization(Roles.CaseWorkPolicy);
        clock.MapPost("/clock-in", async (string pointCode, string date, HttpContext c, IClusterClient g) =>
                Results.Ok(await Sheet(g, pointCode, date).ClockIn(CurrentClerk.ActorOf(c))))
            .WithName("ClockIn").Produces<AttendanceView>();
        clock.MapPost("/clock-out", async (string pointCode, string date, HttpContext c, IClusterClient g) =>
                Results.Ok(await Sheet(g, pointCode, date).ClockOut(CurrentClerk.ActorOf(c))))
            .WithName("ClockOut").Produces<AttendanceView>();

        api.MapGet("/points/{pointCode}/vacant-posts", async (string pointCode, string from, string to, HttpContext c, IClusterClient g) =>
                Results.Ok(await g.GetGrain<IDutyQueryGrain>(0).ListVacantPosts(CurrentClerk.ActorOf(c), Matters.Point(pointCode).Value, FeeEndpoints.Date(from, "from"), FeeEndpoints.Date(to, "to"))))
            .WithTags("Duty").WithName("ListVacantPosts").WithSummary("Vacant posts (空岗) recorded at the point and below, for assessment.").Produces<IReadOnlyList<VacantPostRecord>>();
    }

    /// <summary>For the hall screen, without sign-in: the day's published duty and the leader receiving citizens.</summary>
    public static void MapPublicDutyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/public").WithTags("Public").AllowAnonymous()
            .MapGet("/points/{pointCode}/duty/{date}", async (string pointCode, string date, IClusterClient g) =>
            {
                var point = Matters.Point(pointCode);
                var day = FeeEndpoints.Date(date);
                return Results.Ok(PublicDutyDay.From(await g.GetGrain<IDutyRosterGrain>(RosterKey(point.Value, day)).GetDay(day)));
            })
            .AsPublicRead().WithName("PublicDuty").Produces<PublicDutyDay>();
    }

    private static IDutyRosterGrain Roster(IClusterClient grains, string pointCode, string month)
    {
        var point = Matters.Point(pointCode);
        var first = FeeEndpoints.Date(month + "-01", "month");
        return grains.GetGrain<IDutyRosterGrain>(RosterKey(point.Value, first));
    }

    private static IAttendanceGrain Sheet(IClusterClient grains, string pointCode, string date) =>
        grains.GetGrain<IAttendanceGrain>($"{Matters.Point(pointCode).Value}/{FeeEndpoints.Date(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    private static string RosterKey(string pointCode, DateOnly day) => $"{pointCode}/{day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
}
