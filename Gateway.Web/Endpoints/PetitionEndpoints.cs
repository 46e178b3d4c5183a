using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Petitions (信访): staff register them; the point's director accepts or declines, extends once and
/// replies in writing; directors and supervisors list them. Every request is one grain call with the
/// signed-in actor; the grain decides who may act when (403/409).
/// </summary>
internal static class PetitionEndpoints
{
    public static void MapPetitionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{pointCode}/petitions", RegisterAsync)
            .WithName("RegisterPetition").WithTags("Petitions")
            .WithSummary("Register a petition; answers 201 with it, its number and the day by which to decide whether to accept it.")
            .Produces<PetitionView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.CaseWorkPolicy);
        api.MapGet("/points/{pointCode}/petitions", ListAsync).WithName("ListPetitions").WithTags("Petitions").Produces<IReadOnlyList<PetitionSummary>>();

        var read = api.MapGroup("/petitions/{number}").WithTags("Petitions");
        read.MapGet("/", GetAsync).WithName("GetPetition").Produces<PetitionView>();
        read.MapGet("/history", HistoryAsync).WithName("GetPetitionHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/petitions/{number}").WithTags("Petitions").RequireAuthorization(Roles.CaseWorkPolicy);
        act.MapPost("/accept", (string number, AcceptPetitionBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Accept(new AcceptPetitionCommand(actor, body.Note))))
            .WithName("AcceptPetition").Produces<PetitionView>();
        act.MapPost("/decline", (string number, DeclinePetitionBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Decline(new DeclinePetitionCommand(actor, body.Reason, body.Referral))))
            .WithName("DeclinePetition").Produces<PetitionView>();
        act.MapPost("/extend", (string number, ExtendPetitionBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Extend(new ExtendPetitionCommand(actor, body.Days, body.Reason))))
            .WithName("ExtendPetition").Produces<PetitionView>();
        act.MapPost("/reply", (string number, ReplyPetitionBody body, HttpContext c, IClusterClient g) => ActAsync(number, c, g, (grain, actor) => grain.Reply(new ReplyPetitionCommand(actor, body.Reply))))
            .WithName("ReplyPetition").Produces<PetitionView>();
    }

    private static async Task<IResult> RegisterAsync(string pointCode, RegisterPetitionBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(pointCode);
        var number = CaseNumber.New(CaseNumber.Petition, point, ChinaTime.Today(time));
        var petitioner = body.Petitioner?.ToCitizen() ?? throw DomainException.Invalid("petitioner", "citizen.required", "The petitioner (name and identity document) is required.");
        var view = await grains.GetGrain<IPetitionGrain>(number).Register(new RegisterPetitionCommand(actor, point.Value, body.Channel, petitioner, body.Request));
        return Results.Created($"/api/petitions/{view.Number}", view);
    }

    private static async Task<IResult> ListAsync(string pointCode, bool? openOnly, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IPetitionQueryGrain>(0).List(CurrentClerk.ActorOf(context), Matters.Point(pointCode).Value, openOnly ?? true, limit ?? 100));

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context)) ?? throw Unknown(number));

    private static async Task<IResult> HistoryAsync(string number, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, number).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count == 0 ? throw Unknown(number) : Results.Ok(history);
    }

    private static async Task<IResult> ActAsync(string number, HttpContext context, IClusterClient grains, Func<IPetitionGrain, Actor, Task<PetitionView>> act) =>
        Results.Ok(await act(Grain(grains, number), CurrentClerk.ActorOf(context)));

    private static IPetitionGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.Petition, number);
        return grains.GetGrain<IPetitionGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "petition.unknown", $"There is no petition with number {number}.");
}
