using Network.Gateway.Contracts;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Catalog governance: a city's master catalog (基本目录), a point's proposed changes of its
/// implementation list (目录变更申请: proposed by the point's director, approved or refused by the
/// city's director), and, for the public, a point's handbook (办事指南手册) of a day. One grain call
/// per request; the grains decide who may act when.
/// </summary>
internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapGroup("/public").WithTags("Public").AllowAnonymous()
            .MapGet("/points/{pointCode}/handbook", HandbookAsync).AsDatedPublicRead().WithName("PublicHandbook")
            .WithSummary("The point's handbook (办事指南手册) of a day (on=yyyy-MM-dd, default today): its items in force with their windows and flow charts.")
            .Produces<PublicHandbook>();

        api.MapGet("/cities/{cityCode}/master-catalog", MasterAsync).WithTags("Catalog").WithName("GetMasterCatalog")
            .WithSummary("The city's master catalog (基本目录) in force today.").Produces<IReadOnlyList<ServiceItem>>();
        api.MapPost("/points/{pointCode}/catalog-changes", ProposeAsync).WithTags("Catalog").WithName("ProposeCatalogChange")
            .WithSummary("The point's director proposes a deviation from the master catalog or an own item, for the city's approval; answers 201.")
            .Produces<CatalogChangeView>(StatusCodes.Status201Created)
            .RequireAuthorization(Roles.OversightPolicy);
        api.MapGet("/points/{pointCode}/catalog-changes", ListAsync).WithTags("Catalog").WithName("ListCatalogChanges")
            .WithSummary("Changes the point proposed, or with incoming=true those that came to the city for approval.")
            .Produces<IReadOnlyList<CatalogChangeSummary>>();

        var read = api.MapGroup("/catalog-changes/{number}").WithTags("Catalog");
        read.MapGet("/", GetAsync).WithName("GetCatalogChange").Produces<CatalogChangeView>();
        read.MapGet("/history", HistoryAsync).WithName("GetCatalogChangeHistory").Produces<IReadOnlyList<CaseHistoryRow>>();

        var act = api.MapGroup("/catalog-changes/{number}").WithTags("Catalog").RequireAuthorization(Roles.OversightPolicy);
        act.MapPost("/approve", (string number, ApproveCatalogChangeBody body, HttpContext c, IClusterClient g) =>
                ActAsync(number, c, g, (grain, actor) => grain.Approve(new ApproveCatalogChangeCommand(actor, body.EffectiveFrom, body.Note))))
            .WithName("ApproveCatalogChange").Produces<CatalogChangeView>();
        act.MapPost("/refuse", (string number, RefuseCatalogChangeBody body, HttpContext c, IClusterClient g) =>
                ActAsync(number, c, g, (grain, actor) => grain.Refuse(new RefuseCatalogChangeCommand(actor, body.Reason))))
            .WithName("RefuseCatalogChange").Produces<CatalogChangeView>();
    }

    private static async Task<IResult> HandbookAsync(string pointCode, DateOnly? on, IClusterClient grains)
    {
        var point = Matters.Point(pointCode);
        var handbook = await grains.Reference<ICatalogGrain>(point.Value).Handbook(on);
        return Results.Ok(PublicHandbook.From(handbook));
    }

    private static async Task<IResult> MasterAsync(string cityCode, HttpContext context, IClusterClient grains)
    {
        var city = Matters.Point(cityCode);
        if (city.Tier != Grains.Interfaces.Network.Tier.City)
        {
            throw DomainException.Invalid("cityCode", "master.city", "A master catalog is kept by a city (6-digit code).");
        }

        return Results.Ok(await grains.Reference<IMasterCatalogGrain>(city.Value).List());
    }

    private static async Task<IResult> ProposeAsync(string pointCode, ProposeCatalogChangeBody body, HttpContext context, IClusterClient grains, TimeProvider time)
    {
        var actor = CurrentClerk.ActorOf(context);
        var number = CaseNumber.New(CaseNumber.CatalogChange, Matters.Point(pointCode), ChinaTime.Today(time));
        var view = await grains.GetGrain<ICatalogChangeGrain>(number).Propose(new ProposeCatalogChangeCommand(actor, body.Item, body.Reason, body.EffectiveFrom));
        return Results.Created($"/api/catalog-changes/{view.Number}", view);
    }

    private static async Task<IResult> ListAsync(string pointCode, bool? incoming, bool? openOnly, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<ICatalogChangeQueryGrain>(0).List(
            CurrentClerk.ActorOf(context), new CatalogChangeQuery(Matters.Point(pointCode).Value, incoming ?? false, openOnly ?? false, limit ?? 100)));

    private static async Task<IResult> GetAsync(string number, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).Get(CurrentClerk.ActorOf(context)) ?? throw Unknown(number));

    private static async Task<IResult> HistoryAsync(string number, HttpContext context, IClusterClient grains)
    {
        var history = await Grain(grains, number).GetHistory(CurrentClerk.ActorOf(context));
        return history.Count == 0 ? throw Unknown(number) : Results.Ok(history);
    }

    private static async Task<IResult> ActAsync(string number, HttpContext context, IClusterClient grains, Func<ICatalogChangeGrain, Actor, Task<CatalogChangeView>> act) =>
        Results.Ok(await act(Grain(grains, number), CurrentClerk.ActorOf(context)));

    private static ICatalogChangeGrain Grain(IClusterClient grains, string number)
    {
        CaseNumber.PointOf(CaseNumber.CatalogChange, number);
        return grains.GetGrain<ICatalogChangeGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "catalogChange.unknown", $"There is no catalog change with number {number}.");
}
