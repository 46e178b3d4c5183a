using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Ratings (好差评). The citizen rates without signing in: on the window's rating device (which
/// proves itself with the secret it got when a clerk paired it, header <see cref="DeviceHeader"/>)
/// or, once the matter is closed, from the progress page or the slip's link with the progress proof.
/// Each request is one grain call; a request that carries a staff sign-in is passed on as such, and
/// the grain refuses it (a rating is the citizen's). Staff pair devices and read the counts.
/// </summary>
internal static class RatingEndpoints
{
    public const string DeviceHeader = "X-Rating-Device";

    public static void MapRatingEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var open = app.MapGroup("/public").WithTags("Ratings").AllowAnonymous();
        open.MapGet("/rating-desks/{pointCode}/{windowId}", ScreenAsync).WithName("RatingDeviceScreen")
            .WithSummary($"What the paired rating device shows (header {DeviceHeader}).").Produces<DeskScreen>();
        open.MapPost("/rating-desks/{pointCode}/{windowId}/ratings", RateAtDeskAsync).WithName("RateAtDevice")
            .WithSummary("The citizen rates the occasion the device shows (一次一评).").Produces<RatingReceipt>();
        open.MapPost("/ratings/{receiptNumber}/opportunity", OpportunityAsync).WithName("RatingOpportunity")
            .WithSummary("Whether the closed matter may be rated (一事一评), with the progress proof.").Produces<RatingOpportunity>();
        open.MapPost("/ratings/{receiptNumber}", RateAfterClosingAsync).WithName("RateClosedMatter")
            .WithSummary("The citizen rates the closed matter (一事一评) with the progress proof.").Produces<RatingReceipt>();

        var staff = api.MapGroup("/").WithTags("Ratings");
        staff.MapPost("/points/{pointCode}/windows/{windowId}/rating-device", PairAsync).RequireAuthorization(Roles.CaseWorkPolicy)
            .WithName("PairRatingDevice").WithSummary("Pairs a rating device with the window; the previous device stops working.").Produces<DevicePairing>();
        staff.MapGet("/ratings/tally", TallyAsync).WithName("RatingTally")
            .WithSummary("Ratings per point and day (China time) at and below pointCode; set-aside ones apart.").Produces<IReadOnlyList<RatingTally>>();
        staff.MapGet("/ratings/{receiptNumber}/{occasion}", GetAsync).WithName("GetRating").Produces<RatingView>();
    }

    private static async Task<IResult> ScreenAsync(string pointCode, string windowId, HttpContext context, IClusterClient grains) =>
        Results.Ok(await Desk(grains, pointCode, windowId).Screen(DeviceToken(context)));

    private static async Task<IResult> RateAtDeskAsync(string pointCode, string windowId, DeskRatingBody body, HttpContext context, IClusterClient grains)
    {
        var submission = Submission(body.Level, body.Aspects, body.Comment, body.Named);
        return Results.Ok(await Desk(grains, pointCode, windowId).Rate(new RateAtDeskCommand(SignedIn(context), DeviceToken(context), body.OfferId ?? string.Empty, submission)));
    }

    private static async Task<IResult> OpportunityAsync(string receiptNumber, RatingProofBody body, IClusterClient grains) =>
        Results.Ok(await Closing(grains, receiptNumber).ForCitizen(ProgressProof.Of(body.Code, body.ResidentId)));

    private static async Task<IResult> RateAfterClosingAsync(string receiptNumber, ClosingRatingBody body, HttpContext context, IClusterClient grains)
    {
        var submission = Submission(body.Level, body.Aspects, body.Comment, body.Named);
        var channel = body.Channel switch
        {
            null or nameof(RatingChannel.ProgressPage) => RatingChannel.ProgressPage,
            nameof(RatingChannel.Slip) => RatingChannel.Slip,
            _ => throw DomainException.Invalid("channel", "rating.channel", "channel is ProgressPage or Slip."),
        };
        var command = new RateAfterClosingCommand(SignedIn(context), ProgressProof.Of(body.Code, body.ResidentId), submission, channel);
        return Results.Ok(await Closing(grains, receiptNumber).RateAfterClosing(command));
    }

    private static async Task<IResult> PairAsync(string pointCode, string windowId, HttpContext context, IClusterClient grains, AuditLog audit, CancellationToken cancellationToken)
    {
        var actor = CurrentClerk.ActorOf(context);
        var pairing = await Desk(grains, pointCode, windowId).Pair(actor);
        await audit.WriteAsync(
            new AuditEvent(actor.Id, "ratingDevice.paired", $"{pairing.PointCode}/{pairing.WindowId}", AuditEvent.AddressOf(context), AuditEvent.Succeeded, actor.Role.ToString()),
            cancellationToken);
        return Results.Ok(pairing);
    }

    private static async Task<IResult> TallyAsync(string pointCode, DateOnly from, DateOnly to, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IRatingQueryGrain>(0).Tally(CurrentClerk.ActorOf(context), new RatingTallyQuery(Matters.Point(pointCode).Value, from, to)));

    private static async Task<IResult> GetAsync(string receiptNumber, string occasion, HttpContext context, IClusterClient grains)
    {
        var id = $"{receiptNumber}/{occasion}";
        RatingIds.ReceiptOf(id);
        var view = await grains.GetGrain<IRatingGrain>(id).Get(CurrentClerk.ActorOf(context));
        return Results.Ok(view ?? throw DomainException.NotFound("ratingId", "rating.unknown", $"There is no rating {id}."));
    }

    /// <summary>The staff actor of a request that carries a sign-in, or null for the anonymous citizen; the grain refuses the former.</summary>
    private static Actor? SignedIn(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? CurrentClerk.ActorOf(context) : null;

    /// <summary>The device's secret from its header, or empty: the desk refuses a missing or wrong one (after refusing staff).</summary>
    private static string DeviceToken(HttpContext context) => context.Request.Headers[DeviceHeader].ToString();

    private static RatingSubmission Submission(string? level, IReadOnlyList<string>? aspects, string? comment, bool named) =>
        new(RatingLevels.Parse(level), RatingLevels.ParseAspects(aspects), comment, named);

    private static IRatingDeskGrain Desk(IClusterClient grains, string pointCode, string windowId) =>
        grains.GetGrain<IRatingDeskGrain>($"{Matters.Point(pointCode).Value}/{Window(windowId)}");

    private static IRatingGrain Closing(IClusterClient grains, string receiptNumber)
    {
        try
        {
            ReceiptNumber.PointOf(receiptNumber);
        }
        catch (DomainException)
        {
            throw DomainException.NotFound("receiptNumber", "progress.notFound", "No matter matches this receipt number and progress code or ID number.");
        }

        return grains.GetGrain<IRatingGrain>(RatingIds.Closing(receiptNumber));
    }

    private static string Window(string windowId) =>
        windowId.Length is > 0 and <= 64 && windowId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? windowId
            : throw DomainException.Invalid("windowId", "id.invalid", "windowId is 1-64 lowercase letters, digits or hyphens.");
}
