using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Rectifications of bad ratings (差评整改), for the directors' workbench and the point's staff.
/// A rectification is named by its rating: <c>{receiptNumber}/{occasion}</c>. Each request is one
/// grain call with the signed-in actor; the grain decides who may do what, and when.
/// </summary>
internal static class RectificationEndpoints
{
    public static void MapRectificationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/rectifications", ListAsync).WithTags("Rectifications").WithName("ListRectifications")
            .WithSummary("Rectifications at and below pointCode, open ones unless openOnly=false, newest first.").Produces<IReadOnlyList<RectificationSummary>>();
        var one = api.MapGroup("/rectifications/{receiptNumber}/{occasion}").WithTags("Rectifications");
        one.MapGet("/", GetAsync).WithName("GetRectification").Produces<RectificationView>();
        one.MapGet("/history", HistoryAsync).WithName("GetRectificationHistory").Produces<IReadOnlyList<CaseHistoryEntry>>();

        var act = one.MapGroup("/").RequireAuthorization(Roles.CaseWorkPolicy);
        act.MapPost("/call-back", (string receiptNumber, string occasion, CallBackBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.CallBack(new CallBackCommand(actor, body.Reached, body.Findings)))).WithName("CallBackRating");
        act.MapPost("/resolve", (string receiptNumber, string occasion, ResolveBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.Resolve(new ResolveCommand(actor, Measure(body.Measure), body.Note, body.WorkingDays)))).WithName("ResolveRectification");
        act.MapPost("/finish", (string receiptNumber, string occasion, NoteBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.FinishRectification(new FinishRectificationCommand(actor, body.Note)))).WithName("FinishRectification");
        act.MapPost("/feedback", (string receiptNumber, string occasion, NoteBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.FeedBack(new FeedBackCommand(actor, body.Note)))).WithName("FeedBackRectification");
        act.MapPost("/appeal", (string receiptNumber, string occasion, AppealBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.Appeal(new AppealCommand(actor, body.Reason)))).WithName("AppealRating");
        act.MapPost("/decide-appeal", (string receiptNumber, string occasion, DecideAppealBody body, HttpContext c, IClusterClient g) =>
            Act(receiptNumber, occasion, c, g, (grain, actor) => grain.DecideAppeal(new DecideAppealCommand(actor, body.SetAside, body.Reason)))).WithName("DecideRatingAppeal");
    }

    private static async Task<IResult> ListAsync(string pointCode, HttpContext context, IClusterClient grains, bool openOnly = true, int limit = 200) =>
        Results.Ok(await grains.GetGrain<IRatingQueryGrain>(0).ListRectifications(CurrentClerk.ActorOf(context), new RectificationQuery(Matters.Point(pointCode).Value, openOnly, limit)));

    private static async Task<IResult> GetAsync(string receiptNumber, string occasion, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, receiptNumber, occasion).Get(CurrentClerk.ActorOf(context))
            ?? throw DomainException.NotFound("id", "rectification.unknown", $"There is no rectification {receiptNumber}/{occasion}."));

    private static async Task<IResult> HistoryAsync(string receiptNumber, string occasion, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, receiptNumber, occasion).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count > 0 ? Results.Ok(history) : throw DomainException.NotFound("id", "rectification.unknown", $"There is no rectification {receiptNumber}/{occasion}.");
    }

    private static async Task<IResult> Act(string receiptNumber, string occasion, HttpContext context, IClusterClient grains, Func<IRectificationGrain, Grains.Interfaces.Cases.Actor, Task<RectificationView>> act) =>
        Results.Ok(await act(Grain(grains, receiptNumber, occasion), CurrentClerk.ActorOf(context)));

    private static IRectificationGrain Grain(IClusterClient grains, string receiptNumber, string occasion)
    {
        var id = $"{receiptNumber}/{occasion}";
        RatingIds.ReceiptOf(id);
        return grains.GetGrain<IRectificationGrain>(id);
    }

    private static RectificationMeasure Measure(string? name) =>
        Enum.GetValues<RectificationMeasure>().FirstOrDefault(m => m.ToString() == name) is var measure && measure.ToString() == name
            ? measure
            : throw DomainException.Invalid("measure", "rectification.measure", "measure is AtOnce (立行立改), WithDeadline (限期整改) or Explained (做好解释).");
}
