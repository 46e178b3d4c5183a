using Network.Grains.Interfaces;
using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Endpoints;

/// <summary>Reading a point: its profile, catalog, lists of matters, ledger (台帐) and deadline flags.</summary>
internal static class PointEndpoints
{
    public static void MapPointEndpoints(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points/{pointCode}").WithTags("Points");
        points.MapGet("/", GetAsync).WithName("GetPoint").Produces<PointView>();
        points.MapGet("/catalog", CatalogAsync).WithName("GetCatalog").Produces<IReadOnlyList<ServiceItem>>();
        points.MapGet("/matters", ListAsync).WithName("ListMatters").Produces<IReadOnlyList<MatterSummary>>()
            .WithSummary("Matters taken in at the point (status, openOnly) or, with heldHere=true, matters handed up and held here now.");
        points.MapGet("/windows/{windowId}/queue", QueueAsync).WithName("WindowQueue").Produces<IReadOnlyList<MatterSummary>>();
        points.MapGet("/ledger", LedgerAsync).WithName("PointLedger").Produces<IReadOnlyList<LedgerEntry>>();
        points.MapGet("/flags", FlagsAsync).WithName("PointFlags").Produces<PointFlags>();
        points.MapGet("/tree", TreeAsync).WithName("PointTree").Produces<PointTreeNode>()
            .WithSummary("The point and every point below it, with their subtree loads and own latest flags: the monitor's picture in one call.");
    }

    private static async Task<IResult> GetAsync(string pointCode, HttpContext context, IClusterClient grains)
    {
        var point = Readable(pointCode, context, administratorsToo: true);
        var profile = await grains.Reference<IServicePointGrain>(point.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        return Results.Ok(PointView.From(profile));
    }

    private static async Task<IResult> CatalogAsync(string pointCode, HttpContext context, IClusterClient grains)
    {
        var point = Readable(pointCode, context, administratorsToo: true);
        return Results.Ok(await grains.Reference<ICatalogGrain>(point.Value).List());
    }

    private static async Task<IResult> ListAsync(
        string pointCode, HttpContext context, IClusterClient grains,
        MatterStatus? status = null, bool openOnly = false, bool heldHere = false, int limit = 100)
    {
        var point = Readable(pointCode, context);
        return Results.Ok(await grains.GetGrain<IMatterQueryGrain>(0).ListMatters(CurrentClerk.ActorOf(context), new MatterQuery(point.Value, null, status, openOnly, heldHere, limit)));
    }

    private static async Task<IResult> QueueAsync(
        string pointCode, string windowId, HttpContext context, IClusterClient grains,
        MatterStatus? status = null, bool openOnly = true, int limit = 100)
    {
        var point = Readable(pointCode, context);
        return Results.Ok(await grains.GetGrain<IMatterQueryGrain>(0).ListMatters(CurrentClerk.ActorOf(context), new MatterQuery(point.Value, windowId, status, openOnly, false, limit)));
    }

    /// <summary>
    /// The point's register (台帐) in bulk: the one export the gateway has, audited with who took it,
    /// the range asked for and how many rows it carried.
    /// </summary>
    private static async Task<IResult> LedgerAsync(
        string pointCode, HttpContext context, IClusterClient grains, AuditLog audit, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int limit = 200)
    {
        var point = Readable(pointCode, context);
        var rows = await grains.GetGrain<IMatterQueryGrain>(0).ListLedger(CurrentClerk.ActorOf(context), new LedgerQuery(point.Value, from, to, limit));
        await audit.WriteAsync(
            new AuditEvent(
                CurrentClerk.ActorOf(context).Id,
                "export.ledger",
                point.Value,
                AuditEvent.AddressOf(context),
                AuditEvent.Succeeded,
                $"{rows.Count} rows, from {from?.ToString("O") ?? "the start"} to {to?.ToString("O") ?? "now"}, limit {limit}"),
            cancellationToken);
        return Results.Ok(rows);
    }

    private static async Task<IResult> FlagsAsync(string pointCode, HttpContext context, IClusterClient grains)
    {
        var point = Readable(pointCode, context);
        return Results.Ok(await grains.Reference<IServicePointGrain>(point.Value).GetFlags());
    }

    private static async Task<IResult> TreeAsync(string pointCode, HttpContext context, IClusterClient grains)
    {
        var point = Readable(pointCode, context);
        return Results.Ok(await grains.Reference<IServicePointGrain>(point.Value).GetTree(withLoads: true)
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined."));
    }

    /// <summary>The point, when the signed-in actor's jurisdiction reaches it (the scope of every point read).</summary>
    internal static DivisionCode Readable(string pointCode, HttpContext context, bool administratorsToo = false) =>
        Scope.EnsureReaches(CurrentClerk.ActorOf(context), Matters.Point(pointCode), administratorsToo);
}
