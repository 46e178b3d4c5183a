using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Complaints;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Complaints (投诉): staff record them, the handling point acknowledges, investigates, decides,
/// replies, files and may extend once; the workbench lists them and the city monitor counts them.
/// Every request is one grain call with the signed-in actor; the complaint grain decides who may
/// act when (403/409).
/// </summary>
internal static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{pointCode}/complaints", RegisterAsync)
            .WithName("RegisterComplaint").WithTags("Complaints")
            .WithSummary("Record a complaint from the hall or the supervision phone; answers 201 with the complaint and its number.")
            .Produces<ComplaintView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.OversightPolicy);
        api.MapGet("/points/{pointCode}/complaints", ListAsync).WithName("ListComplaints").WithTags("Complaints").Produces<IReadOnlyList<ComplaintSummary>>();
        api.MapGet("/cities/{cityCode}/complaints/today", CountTodayAsync).WithName("CountComplaintsToday").WithTags("Complaints").Produces<IReadOnlyDictionary<string, int>>();

        var read = api.MapGroup("/complaints/{number}").WithTags("Complaints");
        read.MapGet("/", GetAsync).WithName("GetComplaint").Produces<ComplaintView>();
        read.MapGet("/history", HistoryAsync).WithName("GetComplaintHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/complaints/{number}").WithTags("Complaints").RequireAuthorization(Roles.OversightPolicy);
        act.MapPost("/acknowledge", (string number, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Acknowledge(new AcknowledgeComplaintCommand(actor))))
            .WithName("AcknowledgeComplaint").Produces<ComplaintView>();
        act.MapPost("/investigate", (string number, InvestigateComplaintBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Investigate(new InvestigateComplaintCommand(actor, body.Note))))
            .WithName("InvestigateComplaint").Produces<ComplaintView>();
        act.MapPost("/decide", (string number, DecideComplaintBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Decide(new DecideComplaintCommand(actor, body.Finding, body.Findings))))
            .WithName("DecideComplaint").Produces<ComplaintView>();
        act.MapPost("/reply", (string number, ReplyComplaintBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Reply(new ReplyComplaintCommand(actor, body.Reply))))
            .WithName("ReplyComplaint").Produces<ComplaintView>();
        act.MapPost("/file", (string number, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.File(new FileComplaintCommand(actor))))
            .WithName("FileComplaint").Produces<ComplaintView>();
        act.MapPost("/extend", (string number, ExtendComplaintBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Extend(new ExtendComplaintCommand(actor, body.Reason))))
            .WithName("ExtendComplaint").Produces<ComplaintView>();
        act.MapPost("/check-deadlines", (string number, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.CheckDeadlines(actor)))
            .WithName("CheckComplaintDeadlines").Produces<ComplaintView>();
    }

    /// <summary>The public page's complaint (no sign-in; limited per client address like the progress lookup). Anonymous allowed.</summary>
    public static void MapPublicComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/public").WithTags("Public").AllowAnonymous()
            .MapPost("/points/{pointCode}/complaints", PublicAsync)
            .RequireRateLimiting(PublicEndpoints.LookupLimit)
            .WithName("PublicComplaint")
            .WithSummary("A citizen files a complaint or suggestion; without a complainant it is anonymous and gets no feedback. Answers 201 with the complaint's number and deadlines.")
            .Produces<PublicComplaintReceipt>(StatusCodes.Status201Created);
    }

    private static async Task<IResult> RegisterAsync(string pointCode, RegisterComplaintBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(pointCode);
        var number = CaseNumber.New(CaseNumber.Complaint, point, ChinaTime.Today(time));
        var view = await grains.GetGrain<IComplaintGrain>(number).Register(
            new RegisterComplaintCommand(actor, point.Value, body.Channel, body.Type, body.Subject, body.Content, Complainant(body.Complainant)));
        return Results.Created($"/api/complaints/{view.Number}", view);
    }

    private static async Task<IResult> PublicAsync(string pointCode, PublicComplaintBody body, IClusterClient grains, TimeProvider time)
    {
        var point = Matters.Point(pointCode);
        var number = CaseNumber.New(CaseNumber.Complaint, point, ChinaTime.Today(time));
        var receipt = await grains.GetGrain<IComplaintGrain>(number).RegisterFromPublic(
            new PublicComplaintRequest(point.Value, body.Type, body.Subject, body.Content, Complainant(body.Complainant)));
        return Results.Created((string?)null, receipt);
    }

    private static async Task<IResult> ListAsync(string pointCode, bool? openOnly, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IComplaintQueryGrain>(0).List(CurrentClerk.ActorOf(context), new ComplaintQuery(Matters.Point(pointCode).Value, openOnly ?? true, limit ?? 100)));

    private static async Task<IResult> CountTodayAsync(string cityCode, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IComplaintQueryGrain>(0).CountToday(CurrentClerk.ActorOf(context), cityCode));

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context)) ?? throw Unknown(number));

    private static async Task<IResult> HistoryAsync(string number, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, number).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count == 0 ? throw Unknown(number) : Results.Ok(history);
    }

    private static async Task<IResult> ActAsync(string number, HttpContext context, IClusterClient grains, Func<IComplaintGrain, Actor, Task<ComplaintView>> act) =>
        Results.Ok(await act(Grain(grains, number), CurrentClerk.ActorOf(context)));

    /// <summary>The grain of a number checked at the edge (a malformed number is a 400, not a grain call).</summary>
    private static IComplaintGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.Complaint, number);
        return grains.GetGrain<IComplaintGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "complaint.unknown", $"There is no complaint with number {number}.");

    private static Complainant? Complainant(ComplainantBody? body) =>
        body is null ? null : new Complainant(body.Name, body.Phone);
}
