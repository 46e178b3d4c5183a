using System.Globalization;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Errors;

namespace Network.Gateway.Endpoints;

/// <summary>
/// The service index and assessment (服务指数, 考核), the monthly 通报, candidates for 文明窗口 and
/// 先进个人 (issue 11), and the public quarterly publication (办结公告). Each request is one grain
/// call with the signed-in actor (the public page: none); the grains decide who may read or publish.
/// </summary>
internal static class AssessmentEndpoints
{
    public static void MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(string.Empty).WithTags("Assessment");
        group.MapGet("/points/{pointCode}/assessment", (string pointCode, string? month, HttpContext c, IClusterClient g) => Query(g).GetMonth(CurrentClerk.ActorOf(c), pointCode, month!))
            .WithName("Assessment").Produces<AssessmentMonth>()
            .WithSummary("The service index of every point, window and clerk at and below the point for a month (yyyy-MM), ranked within the township and the city.");
        group.MapGet("/points/{pointCode}/award-candidates", (string pointCode, int? year, int? quarter, HttpContext c, IClusterClient g) =>
                Query(g).GetCandidates(CurrentClerk.ActorOf(c), pointCode, Required(year, "year"), Required(quarter, "quarter")))
            .WithName("AwardCandidates").Produces<AwardCandidates>()
            .WithSummary("Candidates for 文明窗口 (windows) and 先进个人 (clerks) of a quarter, with the figures behind them.");
        group.MapGet("/cities/{cityCode}/bulletins", (string cityCode, HttpContext c, IClusterClient g) => Query(g).ListBulletins(CurrentClerk.ActorOf(c), cityCode))
            .WithName("ListBulletins").Produces<IReadOnlyList<BulletinSummary>>()
            .WithSummary("The city's published monthly 通报, newest first (every member of the city's staff).");
        group.MapGet("/cities/{cityCode}/bulletins/{month}", (string cityCode, string month, HttpContext c, IClusterClient g) => Bulletin(g, cityCode, month).Get(CurrentClerk.ActorOf(c)))
            .WithName("GetBulletin").Produces<Bulletin>()
            .WithSummary("A published 通报: the month's ranking and figures as they were when it was published.");
        group.MapPost("/cities/{cityCode}/bulletins/{month}/publish", (string cityCode, string month, HttpContext c, IClusterClient g) => Bulletin(g, cityCode, month).Publish(CurrentClerk.ActorOf(c)))
            .WithName("PublishBulletin").Produces<Bulletin>()
            .WithSummary("Publishes the month's 通报 to the city's points (the city monitor or a city director, once the month is over); publishing again answers the same 通报.");
    }

    /// <summary>The public quarterly publication (办结公告), without sign-in: aggregates only.</summary>
    public static void MapPublicAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/public").WithTags("Public").AllowAnonymous()
            .MapGet("/points/{pointCode}/publication/{year}/{quarter}", (string pointCode, string year, string quarter, IClusterClient g) =>
                Query(g).GetPublication(pointCode, Number(year, "year"), Number(quarter, "quarter")))
            .AsPublicRead().WithName("PublicQuarterlyPublication").Produces<QuarterlyPublication>()
            .WithSummary("A point's quarterly publication (办结公告): matters by item, completed and on-time counts, satisfaction. No personal data.");
    }

    private static IAssessmentQueryGrain Query(IClusterClient grains) => grains.GetGrain<IAssessmentQueryGrain>(0);

    private static IBulletinGrain Bulletin(IClusterClient grains, string cityCode, string month) =>
        grains.GetGrain<IBulletinGrain>($"{Matters.Point(cityCode).Value}/{month}");

    private static int Required(int? value, string field) =>
        value ?? throw DomainException.Invalid(field, $"{field}.required", $"{field} is required.");

    private static int Number(string text, string field) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DomainException.Invalid(field, $"{field}.invalid", $"{field} is a number.");
}
