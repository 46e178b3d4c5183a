using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Seals;

namespace Network.Gateway.Endpoints;

/// <summary>
/// The seal register (印章): a point's seals with their numbers, custodians and scopes; issue,
/// ask to use, approve, register a use, transfer, retire. One grain call per request with the
/// signed-in actor; the seal's grain decides who may do what (a use without approval is refused).
/// </summary>
internal static class SealEndpoints
{
    public static void MapSealEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/points/{pointCode}/seals", (string pointCode, HttpContext c, IClusterClient g) =>
                g.GetGrain<ISealRegisterGrain>(0).List(CurrentClerk.ActorOf(c), Matters.Point(pointCode).Value))
            .WithName("ListSeals").WithTags("Seals").WithSummary("The point's seal register: every seal with its custody record and uses.")
            .Produces<IReadOnlyList<SealView>>();
        api.MapGet("/points/{pointCode}/seal-register", (string pointCode, HttpContext c, IClusterClient g) =>
                g.GetGrain<ISealRegisterGrain>(0).Get(CurrentClerk.ActorOf(c), Matters.Point(pointCode).Value))
            .WithName("GetSealRegister").WithTags("Seals").WithSummary("The point's seal register as the console shows it: the seals and whether the actor may issue one.")
            .Produces<SealRegisterView>();
        api.MapPost("/points/{pointCode}/seals", IssueAsync).WithName("IssueSeal").WithTags("Seals")
            .WithSummary("Issue a numbered seal to the point (a director of the point or above); answers 201.")
            .Produces<SealView>(StatusCodes.Status201Created).RequireAuthorization(Roles.CaseWorkPolicy);

        var seal = api.MapGroup("/points/{pointCode}/seals/{serialNumber}").WithTags("Seals");
        seal.MapGet("/", async (string pointCode, string serialNumber, HttpContext c, IClusterClient g) =>
                Results.Ok(await Grain(g, pointCode, serialNumber).Get(CurrentClerk.ActorOf(c)) ?? throw Unknown(pointCode, serialNumber)))
            .WithName("GetSeal").Produces<SealView>();
        seal.MapGet("/history", async (string pointCode, string serialNumber, HttpContext c, IClusterClient g) =>
                await Grain(g, pointCode, serialNumber).GetHistory(CurrentClerk.ActorOf(c)) is { Count: > 0 } rows ? Results.Ok(rows) : throw Unknown(pointCode, serialNumber))
            .WithName("GetSealHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/points/{pointCode}/seals/{serialNumber}").WithTags("Seals").RequireAuthorization(Roles.OversightPolicy);
        act.MapPost("/uses", (string pointCode, string serialNumber, RequestSealUseBody body, HttpContext c, IClusterClient g) =>
                Grain(g, pointCode, serialNumber).RequestUse(new RequestSealUseCommand(CurrentClerk.ActorOf(c), body.Purpose, body.ReceiptNumber, body.Copies)))
            .WithName("RequestSealUse").WithSummary("Ask to use the seal, for a matter or a document (用印申请).").Produces<SealView>();
        act.MapPost("/uses/{useId:int}/approve", (string pointCode, string serialNumber, int useId, HttpContext c, IClusterClient g) =>
                Grain(g, pointCode, serialNumber).ApproveUse(new ApproveSealUseCommand(CurrentClerk.ActorOf(c), useId)))
            .WithName("ApproveSealUse").WithSummary("Approve a use (用印审批): a director of the point, not the one who asked.").Produces<SealView>();
        act.MapPost("/uses/{useId:int}/record", (string pointCode, string serialNumber, int useId, HttpContext c, IClusterClient g) =>
                Grain(g, pointCode, serialNumber).RecordUse(new RecordSealUseCommand(CurrentClerk.ActorOf(c), useId)))
            .WithName("RecordSealUse").WithSummary("The custodian registers an approved use (用印登记); a use without approval is refused.").Produces<SealView>();
        act.MapPost("/transfer", (string pointCode, string serialNumber, TransferSealBody body, HttpContext c, IClusterClient g) =>
                Grain(g, pointCode, serialNumber).Transfer(new TransferSealCommand(CurrentClerk.ActorOf(c), body.CustodianId, body.Reason)))
            .WithName("TransferSeal").Produces<SealView>();
        act.MapPost("/retire", (string pointCode, string serialNumber, RetireSealBody body, HttpContext c, IClusterClient g) =>
                Grain(g, pointCode, serialNumber).Retire(new RetireSealCommand(CurrentClerk.ActorOf(c), body.Reason)))
            .WithName("RetireSeal").Produces<SealView>();
    }

    private static async Task<IResult> IssueAsync(string pointCode, IssueSealBody body, HttpContext context, IClusterClient grains)
    {
        var view = await Grain(grains, pointCode, body.SerialNumber).Issue(new IssueSealCommand(CurrentClerk.ActorOf(context), body.Name, body.Scope, body.CustodianId));
        return Results.Created($"/api/points/{view.PointCode}/seals/{view.SerialNumber}", view);
    }

    private static ISealGrain Grain(IClusterClient grains, string pointCode, string? serialNumber) =>
        grains.Reference<ISealGrain>(SealKey.Of(pointCode, serialNumber ?? string.Empty));

    private static DomainException Unknown(string pointCode, string serialNumber) =>
        DomainException.NotFound("serialNumber", "seal.unknown", $"{pointCode} has no seal numbered {serialNumber}.");
}
