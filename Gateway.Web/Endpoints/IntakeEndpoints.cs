using Network.Grains.Interfaces;
using System.Diagnostics;
using Network.Gateway.Contracts;
using Network.Gateway.Idempotency;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Intake (受理): the gateway mints the receipt number and calls the matter grain once, handing
/// it the request's Idempotency-Key; the grain checks that the actor staffs the window and records
/// the key with the matter.
/// </summary>
internal static class IntakeEndpoints
{
    public static void MapIntakeEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/points/{pointCode}/matters", TakeInAsync)
            .WithName("TakeIn")
            .WithTags("Matters")
            .WithSummary("Take a citizen's application in at a window; answers 201 with the matter and its receipt number.")
            .Produces<MatterView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.CaseWorkPolicy)
            .WithMetadata(KeyRecordedWithCase.Instance);
    }

    private static async Task<IResult> TakeInAsync(
        string pointCode,
        IntakeBody body,
        HttpContext context,
        IClusterClient grains,
        GatewayMetrics metrics,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var actor = CurrentClerk.ActorOf(context);
        var point = Matters.Point(pointCode);
        var citizen = CheckCitizen(body.Citizen);
        var materials = Matters.List(body.MaterialsHandedIn, "materialsHandedIn");
        // A fresh number for every attempt: under an Idempotency-Key the grain records the key with
        // the matter in one transaction, and answers a retry with the matter the key already opened.
        var receipt = ReceiptNumber.New(point, ChinaTime.Today(time));
        var key = context.Features.Get<IdempotencyFeature>()?.Key;

        var started = Stopwatch.GetTimestamp();
        var view = await grains.Reference<IMatterGrain>(receipt).Accept(
            new IntakeRequest(point.Value, body.WindowId, actor, body.ItemId, citizen, materials) { Key = key });
        if (view.ReceiptNumber != receipt)
        {
            // A retry: the key had already taken this matter in.
            context.Response.Headers[IdempotencyMiddleware.ReplayedHeader] = "true";
        }
        else
        {
            metrics.Accepted(view, Stopwatch.GetElapsedTime(started));
            loggers.CreateLogger("Network.Gateway.Intake").LogDebug(
                "Matter {Receipt} taken in at {Point}/{Window} by {Clerk} for {ResidentId}: {Status}",
                view.ReceiptNumber, view.PointCode, view.WindowId, actor.Id, view.MaskedResidentId, view.Status);
        }

        return Results.Created($"/api/matters/{view.ReceiptNumber}", view);
    }

    /// <summary>The applicant is checked at the edge by their document's own rule (<see cref="Applicants.Check"/>) and normalised.</summary>
    private static Citizen CheckCitizen(CitizenBody? citizen) => Applicants.Check(citizen?.ToCitizen());
}
