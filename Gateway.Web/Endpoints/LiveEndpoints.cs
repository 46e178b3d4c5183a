using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Endpoints;

/// <summary>
/// What the live screens load before SignalR takes over: a point's load (monitor), a point's hall
/// (public: windows, who is on duty, what each serves, today's counts) and the network's points
/// (public: to choose a catalog).
/// </summary>
public static class LiveEndpoints
{
    public static void MapLiveEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/points/{pointCode}/load", LoadAsync).WithTags("Points").WithName("PointLoad").Produces<PointLoad>();
        var open = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        open.MapGet("/points/{pointCode}/hall", HallAsync).WithName("PublicHall").Produces<HallView>();
        open.MapGet("/network", NetworkAsync).WithName("PublicNetwork").Produces<IReadOnlyList<NetworkPointView>>();
    }

    private static async Task<IResult> LoadAsync(string pointCode, HttpContext context, IClusterClient grains, bool subtree = false)
    {
        var user = CurrentClerk.From(context.User);
        var point = DivisionCode.Parse(pointCode, "pointCode");
        if (!Jurisdiction.CanReadPoint(user, point))
        {
            throw DomainException.Forbidden("pointCode", "jurisdiction.point", $"{user.Id} may not read {point}.");
        }

        return Results.Ok(await grains.GetGrain<IServicePointGrain>(point.Value).GetLoad(subtree));
    }

    private static async Task<IResult> HallAsync(string pointCode, IClusterClient grains)
    {
        var point = DivisionCode.Parse(pointCode, "pointCode");
        var profile = await grains.GetGrain<IServicePointGrain>(point.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var windows = await Task.WhenAll(profile.Windows.Select(async w =>
        {
            var duty = await grains.GetGrain<IWindowGrain>($"{point.Value}/{w.Id}").GetDuty();
            var latest = await grains.GetGrain<IMatterQueryGrain>(0).ListMatters(new MatterQuery(point.Value, w.Id, OpenOnly: true, Limit: 1));
            var serving = latest.Count == 0 ? null : $"{latest[0].ReceiptNumber[^8..]} {latest[0].ItemName}";
            return new HallWindowView(w.Id, w.Name, duty.OnDuty.Name, duty.PrimaryAway, serving);
        }));
        var load = await grains.GetGrain<IServicePointGrain>(point.Value).GetLoad(subtree: false);
        return Results.Ok(new HallView(point.Value, profile.Name, windows, load));
    }

    private static async Task<IResult> NetworkAsync(IClusterClient grains, IConfiguration configuration)
    {
        var points = new List<NetworkPointView>();
        foreach (var city in configuration.GetSection("Gateway:Cities").Get<string[]>() ?? [])
        {
            await AddAsync(DivisionCode.Parse(city, "city"), 0);
        }

        return Results.Ok(points);

        async Task AddAsync(DivisionCode code, int depth)
        {
            if (await grains.GetGrain<IServicePointGrain>(code.Value).GetProfile() is not { } profile)
            {
                return;
            }

            points.Add(new NetworkPointView(code.Value, profile.Name, profile.Tier, depth));
            foreach (var child in profile.Children)
            {
                await AddAsync(child, depth + 1);
            }
        }
    }
}

/// <summary>A point's hall screen.</summary>
public sealed record HallView(string Code, string Name, IReadOnlyList<HallWindowView> Windows, PointLoad Load);

/// <summary>One window on the hall screen: who is on duty and what it is serving.</summary>
public sealed record HallWindowView(string Id, string Name, string OnDuty, bool PrimaryAway, string? Serving);

/// <summary>A point of the public network list, with its depth in the tree.</summary>
public sealed record NetworkPointView(string Code, string Name, Tier Tier, int Depth);
