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
/// Intake (受理): the gateway mints the receipt number, or reuses the one of the Idempotency-Key,
/// and calls the matter grain once; the grain checks that the actor staffs the window.
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
            .RequireAuthorization(Roles.CaseWorkPolicy);
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
        // Under an Idempotency-Key the number was reserved when the key was claimed: a retry,
        // on any gateway and any day, takes in under the same number (and the grain answers it as a replay).
        var receipt = context.Features.Get<IdempotencyFeature>() is { } key
            ? key.StoredReceiptNumber ?? ReceiptNumber.At(point, key.ReservedSuffix)
            : ReceiptNumber.New(point, ChinaTime.Today(time));

        var started = Stopwatch.GetTimestamp();
        var view = await grains.GetGrain<IMatterGrain>(receipt).Accept(
            new IntakeRequest(point.Value, body.WindowId, actor, body.ItemId, citizen, materials));
        metrics.Accepted(view, Stopwatch.GetElapsedTime(started));
        loggers.CreateLogger("Network.Gateway.Intake").LogInformation(
            "Matter {Receipt} taken in at {Point}/{Window} by {Clerk} for {ResidentId}: {Status}",
            view.ReceiptNumber, view.PointCode, view.WindowId, actor.Id, view.MaskedResidentId, view.Status);
        return Results.Created($"/api/matters/{view.ReceiptNumber}", view);
    }

    /// <summary>The resident ID number is checked at the edge (GB 11643) and normalised; the name is required.</summary>
    private static Citizen CheckCitizen(CitizenBody? citizen)
    {
        if (citizen is null)
        {
            throw DomainException.Invalid("citizen", "citizen.required", "The citizen (name and resident ID number) is required.");
        }

        if (string.IsNullOrWhiteSpace(citizen.Name))
        {
            throw DomainException.Invalid("citizen.name", "text.required", "The citizen's name is required.");
        }

        if (!ResidentId.IsValid(citizen.ResidentId, out var reason))
        {
            throw DomainException.Invalid("citizen.residentId", "residentId.invalid", reason);
        }

        return new Citizen(citizen.Name.Trim(), citizen.ResidentId.ToUpperInvariant(), citizen.Phone);
    }
}
