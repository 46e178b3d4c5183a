using Network.Gateway.Contracts;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>
/// For citizens, without sign-in: a point's public catalog (八公开) and a matter's progress by
/// receipt number plus the last four characters of the applicant's ID number. A wrong pair is
/// answered exactly like an unknown receipt number, and lookups are rate limited per client IP.
/// </summary>
internal static class PublicEndpoints
{
    public const string LookupLimit = "public-lookup";

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/points/{pointCode}/catalog", CatalogAsync).WithName("PublicCatalog").Produces<IReadOnlyList<PublicServiceItem>>();
        open.MapGet("/progress/{receiptNumber}", ProgressAsync).RequireRateLimiting(LookupLimit).WithName("PublicProgress")
            .WithSummary("idTail: the last 4 characters of the applicant's resident ID number.").Produces<PublicProgress>();
    }

    private static async Task<IResult> CatalogAsync(string pointCode, IClusterClient grains)
    {
        var point = Matters.Point(pointCode);
        if (await grains.GetGrain<IServicePointGrain>(point.Value).GetProfile() is null)
        {
            throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        }

        var items = await grains.GetGrain<ICatalogGrain>(point.Value).List();
        return Results.Ok(items.Select(PublicServiceItem.From).ToArray());
    }

    private static async Task<IResult> ProgressAsync(string receiptNumber, string? idTail, IClusterClient grains)
    {
        if (idTail is null || idTail.Length != 4 || !idTail.All(c => char.IsAsciiDigit(c) || c is 'x' or 'X'))
        {
            throw DomainException.Invalid("idTail", "idTail.invalid", "idTail is the last 4 characters of the applicant's resident ID number.");
        }

        var notFound = DomainException.NotFound("receiptNumber", "progress.notFound", "No matter matches this receipt number and ID number.");
        try
        {
            ReceiptNumber.PointOf(receiptNumber);
        }
        catch (DomainException)
        {
            throw notFound;
        }

        // One call: the grain compares the tail in constant time and answers null for a wrong pair,
        // exactly as for an unknown receipt number.
        var view = await grains.GetGrain<IMatterGrain>(receiptNumber).GetForCitizen(idTail.ToUpperInvariant());
        return view is not null ? Results.Ok(PublicProgress.From(view)) : throw notFound;
    }
}
