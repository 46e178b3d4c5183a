using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Accountability;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Accountability records (责任追究): recorded by a director or supervisor, read and confirmed by the
/// clerk concerned (their console), listed for assessments. One grain call per request.
/// </summary>
internal static class AccountabilityEndpoints
{
    public static void MapAccountabilityEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/accountability", RecordAsync)
            .WithName("RecordAccountability").WithTags("Accountability")
            .WithSummary("Record accountability against a clerk or window, linked to a matter, complaint or supervision order; answers 201.")
            .Produces<AccountabilityView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.OversightPolicy);
        api.MapGet("/points/{pointCode}/accountability", ListAsync).WithName("ListAccountability").WithTags("Accountability")
            .WithSummary("A point's records (optionally of one clerk or window, within from/to), for assessments.")
            .Produces<IReadOnlyList<AccountabilityView>>();
        api.MapGet("/me/accountability", MineAsync).WithName("MyAccountability").WithTags("Accountability").Produces<IReadOnlyList<AccountabilityView>>();
        api.MapGet("/accountability/{number}", GetAsync).WithName("GetAccountability").WithTags("Accountability").Produces<AccountabilityView>();
        api.MapPost("/accountability/{number}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeAccountability").WithTags("Accountability")
            .Produces<AccountabilityView>().RequireAuthorization(Roles.OversightPolicy);
    }

    private static async Task<IResult> RecordAsync(RecordAccountabilityBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(body.PointCode);
        var number = CaseNumber.New(CaseNumber.Accountability, point, ChinaTime.Today(time));
        var view = await grains.GetGrain<IAccountabilityGrain>(number).Record(
            new RecordAccountabilityCommand(actor, point.Value, body.ClerkId, body.WindowId, body.Reason, body.Measure, body.Link));
        return Results.Created($"/api/accountability/{view.Number}", view);
    }

    private static async Task<IResult> ListAsync(string pointCode, string? clerkId, string? windowId, DateTimeOffset? from, DateTimeOffset? to, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IAccountabilityQueryGrain>(0).List(
            CurrentClerk.ActorOf(context), new AccountabilityQuery(Matters.Point(pointCode).Value, clerkId, windowId, from, to, limit ?? 200)));

    private static async Task<IResult> MineAsync(HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IAccountabilityQueryGrain>(0).ListMine(CurrentClerk.ActorOf(context)));

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context))
            ?? throw DomainException.NotFound("number", "accountability.unknown", $"There is no accountability record with number {number}."));

    private static async Task<IResult> AcknowledgeAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Acknowledge(new AcknowledgeAccountabilityCommand(CurrentClerk.ActorOf(context))));

    private static IAccountabilityGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.Accountability, number);
        return grains.GetGrain<IAccountabilityGrain>(number);
    }
}
