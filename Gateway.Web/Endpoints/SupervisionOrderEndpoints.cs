using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Supervision orders (督办): a director or supervisor issues one from their point about a case
/// below it; the point replies; the issuer accepts or sends back. One grain call per request; the
/// order grain decides who may act when.
/// </summary>
internal static class SupervisionOrderEndpoints
{
    public static void MapSupervisionOrderEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/supervision-orders", IssueAsync)
            .WithName("IssueSupervisionOrder").WithTags("Supervision orders")
            .WithSummary("Issue a supervision order from the signed-in director's or supervisor's point about a matter or complaint below it; answers 201.")
            .Produces<SupervisionOrderView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.OversightPolicy);
        api.MapGet("/points/{pointCode}/supervision-orders", ListAsync).WithName("ListSupervisionOrders").WithTags("Supervision orders")
            .WithSummary("Orders addressed to the point, or with issued=true those it issued.")
            .Produces<IReadOnlyList<SupervisionOrderSummary>>();

        var read = api.MapGroup("/supervision-orders/{number}").WithTags("Supervision orders");
        read.MapGet("/", GetAsync).WithName("GetSupervisionOrder").Produces<SupervisionOrderView>();
        read.MapGet("/history", HistoryAsync).WithName("GetSupervisionOrderHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/supervision-orders/{number}").WithTags("Supervision orders").RequireAuthorization(Roles.OversightPolicy);
        act.MapPost("/reply", (string number, ReplySupervisionOrderBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Reply(new ReplySupervisionOrderCommand(actor, body.Reply))))
            .WithName("ReplySupervisionOrder").Produces<SupervisionOrderView>();
        act.MapPost("/accept", (string number, AcceptSupervisionOrderBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Accept(new AcceptSupervisionOrderCommand(actor, body.Note))))
            .WithName("AcceptSupervisionOrder").Produces<SupervisionOrderView>();
        act.MapPost("/send-back", (string number, SendBackSupervisionOrderBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.SendBack(new SendBackSupervisionOrderCommand(actor, body.Reason, body.WorkingDays))))
            .WithName("SendBackSupervisionOrder").Produces<SupervisionOrderView>();
        act.MapPost("/check-deadlines", (string number, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.CheckDeadlines(actor)))
            .WithName("CheckSupervisionOrderDeadlines").Produces<SupervisionOrderView>();
    }

    private static async Task<IResult> IssueAsync(IssueSupervisionOrderBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var number = CaseNumber.New(CaseNumber.SupervisionOrder, Matters.Point(actor.PointCode), ChinaTime.Today(time));
        var view = await grains.GetGrain<ISupervisionOrderGrain>(number).Issue(new IssueSupervisionOrderCommand(actor, body.Target, body.Instructions, body.WorkingDays));
        return Results.Created($"/api/supervision-orders/{view.Number}", view);
    }

    private static async Task<IResult> ListAsync(string pointCode, bool? issued, bool? openOnly, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<ISupervisionOrderQueryGrain>(0).List(
            CurrentClerk.ActorOf(context), new SupervisionOrderQuery(Matters.Point(pointCode).Value, issued ?? false, openOnly ?? true, limit ?? 100)));

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context)) ?? throw Unknown(number));

    private static async Task<IResult> HistoryAsync(string number, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, number).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count == 0 ? throw Unknown(number) : Results.Ok(history);
    }

    private static async Task<IResult> ActAsync(string number, HttpContext context, IClusterClient grains, Func<ISupervisionOrderGrain, Actor, Task<SupervisionOrderView>> act) =>
        Results.Ok(await act(Grain(grains, number), CurrentClerk.ActorOf(context)));

    private static ISupervisionOrderGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.SupervisionOrder, number);
        return grains.GetGrain<ISupervisionOrderGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "supervisionOrder.unknown", $"There is no supervision order with number {number}.");
}
