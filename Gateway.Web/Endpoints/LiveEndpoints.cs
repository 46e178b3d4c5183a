using Network.Grains.Interfaces;
using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Endpoints;

/// <summary>
/// What the live screens load before SignalR takes over: a point's load (monitor), a point's hall
/// (public: windows, who is on duty, the item each serves, today's counts; no receipt number, no
/// clerk id; kept by the point, one call) and the network's points (public: to choose a catalog).
/// The public two are cached and limited per client IP (<see cref="PublicReadSetup"/>).
/// </summary>
public static class LiveEndpoints
{
    public static void MapLiveEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/points/{pointCode}/load", LoadAsync).WithTags("Points").WithName("PointLoad").Produces<PointLoad>();
        var open = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/points/{pointCode}/hall", HallAsync).AsPublicRead().WithName("PublicHall").Produces<HallView>();
        open.MapGet("/network", NetworkAsync).AsPublicRead().WithName("PublicNetwork").Produces<IReadOnlyList<NetworkPointView>>();
    }

    private static async Task<IResult> LoadAsync(string pointCode, HttpContext context, IClusterClient grains, bool subtree = false)
    {
        var point = PointEndpoints.Readable(pointCode, context);
        return Results.Ok(await grains.Reference<IServicePointGrain>(point.Value).GetLoad(subtree));
    }

    private static async Task<IResult> HallAsync(string pointCode, IClusterClient grains)
    {
        var point = DivisionCode.Parse(pointCode, "pointCode");
        return Results.Ok(await grains.Reference<IServicePointGrain>(point.Value).GetHall()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined."));
    }

    /// <summary>
    /// The configured cities' trees, one grain call per city, flattened depth first: names only, so
    /// an anonymous request wakes no point's live picture (no database reads).
    /// </summary>
    private static async Task<IResult> NetworkAsync(IClusterClient grains, IOptions<GatewayOptions> options)
    {
        var points = new List<NetworkPointView>();
        foreach (var city in options.Value.Cities)
        {
            if (await grains.Reference<IServicePointGrain>(DivisionCode.Parse(city, "city").Value).GetTree(withLoads: false) is { } tree)
            {
                Add(tree, 0);
            }
        }

        return Results.Ok(points);

        void Add(PointTreeNode node, int depth)
        {
            points.Add(new NetworkPointView(node.Code, node.Name, node.Tier, depth));
            foreach (var child in node.Children)
            {
                Add(child, depth + 1);
            }
        }
    }
}

/// <summary>A point of the public network list, with its depth in the tree.</summary>
public sealed record NetworkPointView(string Code, string Name, Tier Tier, int Depth);
