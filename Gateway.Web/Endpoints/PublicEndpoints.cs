using Network.Grains.Interfaces;
using System.Globalization;
using Network.Gateway.Contracts;
using Network.Gateway.Errors;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>
/// For citizens, without sign-in: a point's public catalog (八公开; cached and limited per client
/// IP, <see cref="PublicReadSetup"/>) and a matter's progress by receipt number plus the progress
/// code printed on the slip (查询码) or the applicant's full resident ID number. The matter's grain
/// compares the proof and keeps the per-receipt lockout; a wrong proof is answered exactly like an
/// unknown receipt number, and lookups are rate limited per client IP as well.
/// </summary>
internal static class PublicEndpoints
{
    public const string LookupLimit = "public-lookup";

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/points/{pointCode}/catalog", CatalogAsync).AsDatedPublicRead().WithName("PublicCatalog").Produces<IReadOnlyList<PublicServiceItem>>();
        open.MapPost("/progress/{receiptNumber}", ProgressAsync).RequireRateLimiting(LookupLimit).WithName("PublicProgress")
            .WithSummary("The body names either code (the progress code on the receipt slip) or residentId (the applicant's full resident ID number).")
            .Produces<PublicProgress>();
    }

    /// <summary>The items in force today, or on the day asked for (<c>on</c>): each the version the city approved for that day.</summary>
    private static async Task<IResult> CatalogAsync(string pointCode, IClusterClient grains, DateOnly? on = null)
    {
        var point = Matters.Point(pointCode);
        if (await grains.Reference<IServicePointGrain>(point.Value).GetProfile() is null)
        {
            throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        }

        var catalog = grains.Reference<ICatalogGrain>(point.Value);
        var items = on is { } day ? await catalog.ListOn(day) : await catalog.List();
        return Results.Ok(items.Select(PublicServiceItem.From).ToArray());
    }

    private static async Task ProgressAsync(string receiptNumber, ProgressLookupRequest? request, HttpContext context, IClusterClient grains, GatewayExceptionHandler errors)
    {
        var proof = ProgressProof.Of(request?.Code, request?.ResidentId);
        var notFound = DomainException.NotFound("receiptNumber", "progress.notFound", "No matter matches this receipt number and progress code or ID number.");
        try
        {
            ReceiptNumber.PointOf(receiptNumber);
        }
        catch (DomainException)
        {
            throw notFound;
        }

        // One call: the grain compares the proof in constant time, answers a wrong one exactly as an
        // unknown receipt number, and after too many wrong ones refuses the number for a while.
        var answer = await grains.Reference<IMatterGrain>(receiptNumber).GetForCitizen(proof);
        if (answer.Progress is { } progress)
        {
            await Results.Ok(PublicProgress.From(progress)).ExecuteAsync(context);
            return;
        }

        if (answer.LockedFor is not { } locked)
        {
            throw notFound;
        }

        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(locked.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await errors.WriteAsync(context, Problems.Create(
            StatusCodes.Status429TooManyRequests,
            "progress.locked",
            "Too many wrong progress codes or ID numbers for this receipt number; it cannot be looked up for a while. Ask at the service point if you need it sooner.",
            "receiptNumber"));
    }
}
