using Network.Gateway.Contracts;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// The hall's queue of today (排队叫号): the kiosk takes tickets and the hall display reads the
/// board without signing in (limited per client IP); the clerk on duty calls, recalls, marks
/// no-shows, transfers, serves and finishes. Each handler makes one grain call to the point's
/// queue of today (China date); the grain decides who may do what.
/// </summary>
internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapAppointmentEndpoints(api);
        var open = app.MapGroup("/public/points/{pointCode}").WithTags("Public").AllowAnonymous();
        open.MapGet("/queue", BoardAsync).RequireRateLimiting(RateLimitSetup.PublicReadLimit).WithName("PublicQueue").Produces<QueueBoard>()
            .WithSummary("Today's queue as the hall display and the kiosk show it: windows with prefix and people waiting, the latest calls.");
        open.MapPost("/tickets", TakeAsync).RequireRateLimiting(RateLimitSetup.PublicReadLimit).WithName("TakeTicket").Produces<TicketSlip>()
            .WithSummary("The kiosk takes a ticket (取号) for a window; priority Elderly, Disabled or Pregnant for 绿色通道.");

        var queue = api.MapGroup("/points/{pointCode}/queue").WithTags("Queue");
        queue.MapGet("/", GetAsync).WithName("GetQueue").Produces<QueueView>();
        var work = queue.MapGroup("/").RequireAuthorization(Roles.CaseWorkPolicy);
        work.MapPost("/tickets", (string pointCode, TakeTicketBody body, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).Issue(new IssueTicketCommand(CurrentClerk.ActorOf(c), body.WindowId, body.Priority))).WithName("IssueTicket").Produces<TicketSlip>()
            .WithSummary("A clerk takes a ticket for a citizen (at a reception desk, or when the kiosk is out of order).");
        work.MapPost("/call-next", (string pointCode, CallNextBody body, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).CallNext(new CallNextCommand(CurrentClerk.ActorOf(c), body.WindowId))).WithName("CallNext").Produces<QueueView>();
        var ticket = work.MapGroup("/tickets/{ticket}");
        ticket.MapPost("/recall", (string pointCode, string ticket, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).Recall(new RecallCommand(CurrentClerk.ActorOf(c), ticket))).WithName("RecallTicket").Produces<QueueView>();
        ticket.MapPost("/no-show", (string pointCode, string ticket, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).MarkNoShow(new MarkNoShowCommand(CurrentClerk.ActorOf(c), ticket))).WithName("TicketNoShow").Produces<QueueView>();
        ticket.MapPost("/transfer", (string pointCode, string ticket, TransferTicketBody body, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).Transfer(new TransferTicketCommand(CurrentClerk.ActorOf(c), ticket, body.ToWindowId))).WithName("TransferTicket").Produces<QueueView>();
        ticket.MapPost("/serve", (string pointCode, string ticket, ServeTicketBody body, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).StartServing(new StartServingCommand(CurrentClerk.ActorOf(c), ticket, body.ReceiptNumber))).WithName("ServeTicket").Produces<QueueView>();
        ticket.MapPost("/finish", (string pointCode, string ticket, ServeTicketBody body, HttpContext c, IClusterClient g, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider t) =>
            Today(g, pointCode, t).Finish(new FinishTicketCommand(CurrentClerk.ActorOf(c), ticket, body.ReceiptNumber))).WithName("FinishTicket").Produces<QueueView>();
    }

    /// <summary>The queue grain of the point's today (China date), the code checked at the edge.</summary>
    public static IQueueGrain Today(IClusterClient grains, string pointCode, TimeProvider time) =>
        grains.Reference<IQueueGrain>(QueueKeys.Of(DivisionCode.Parse(pointCode, "pointCode"), ChinaTime.Today(time)));

    /// <summary>The actor of a public page at a point (the kiosk): a citizen there, nobody in particular.</summary>
    public static Actor Kiosk(string pointCode) => new($"kiosk:{pointCode}", ActorRole.Citizen, pointCode);

    private static async Task<IResult> BoardAsync(string pointCode, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) =>
        Results.Ok(await Today(grains, pointCode, time).GetBoard());

    private static async Task<IResult> TakeAsync(string pointCode, TakeTicketBody body, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time)
    {
        var queue = Today(grains, pointCode, time);
        return Results.Ok(await queue.Issue(new IssueTicketCommand(Kiosk(DivisionCode.Parse(pointCode, "pointCode").Value), body.WindowId, body.Priority)));
    }

    private static async Task<IResult> GetAsync(string pointCode, HttpContext context, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) =>
        Results.Ok(await Today(grains, pointCode, time).Get(CurrentClerk.ActorOf(context)));
}
