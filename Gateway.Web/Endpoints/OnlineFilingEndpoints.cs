using Network.Gateway.Contracts;
using Network.Gateway.Security;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Online filing (网上申报). Public, without sign-in (limited per client address: the progress
/// lookup like the matters' lookup, the rest like the anonymous reads): start an application, add files (the raw bytes of one PDF, JPEG or PNG per request, the
/// code in a header), submit, follow its progress. Staff: list, read, open a file (as an attachment,
/// never inline), accept, notify once what is missing, refuse. One grain call per request; the
/// application's grain decides who may do what and checks every file.
/// </summary>
internal static class OnlineFilingEndpoints
{
    /// <summary>The header that carries the applicant's code on an upload (a header, not the URL, so no log keeps it).</summary>
    public const string CodeHeader = "X-Application-Code";

    /// <summary>The upload route's path pattern, which gets the larger body limit (<see cref="Hosting.GatewayOptions.MaxUploadBytes"/>).</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/public/online-applications", StringComparison.Ordinal)
        && request.Path.Value!.EndsWith("/files", StringComparison.Ordinal);

    public static void MapPublicOnlineFilingEndpoints(this IEndpointRouteBuilder app)
    {
        // Filing takes a few requests (start, a file per material, submit): the anonymous reads' limit
        // per client address; the progress lookup, which a guesser would use, the lookups' own.
        var open = app.MapGroup("/public").WithTags("Online filing").AllowAnonymous().RequireRateLimiting(Hosting.RateLimitSetup.PublicReadLimit);
        open.MapPost("/points/{pointCode}/online-applications", StartAsync).WithName("StartOnlineApplication")
            .WithSummary("Start an online application for an item of the point's public catalog; answers 201 with its number and the code (shown once).")
            .Produces<OnlineApplicationReceipt>(StatusCodes.Status201Created);
        open.MapPost("/online-applications/{number}/files", AddFileAsync).WithName("AddOnlineApplicationFile")
            .WithSummary("Upload one file (the raw bytes of a PDF, JPEG or PNG) of a material; the code in the X-Application-Code header. A bad file stores nothing.")
            .Accepts<byte[]>("application/octet-stream", "application/pdf", "image/jpeg", "image/png")
            .Produces<OnlineApplicationProgress>();
        open.MapPost("/online-applications/{number}/submit", (string number, ApplicationCodeBody body, IClusterClient g) =>
                Grain(g, number).Submit(new SubmitOnlineApplicationRequest(body.Code)))
            .WithName("SubmitOnlineApplication").WithSummary("Send it to the point (again after a notice); the point pre-examines it within one working day.")
            .Produces<OnlineApplicationProgress>();
        app.MapGroup("/public").WithTags("Online filing").AllowAnonymous().RequireRateLimiting(PublicEndpoints.LookupLimit)
            .MapPost("/online-applications/{number}/progress", ProgressAsync).WithName("OnlineApplicationProgress")
            .WithSummary("The applicant's view of their application, with its code in the body.")
            .Produces<OnlineApplicationProgress>();
    }

    public static void MapOnlineFilingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/points/{pointCode}/online-applications", ListAsync).WithName("ListOnlineApplications").WithTags("Online filing")
            .Produces<IReadOnlyList<OnlineApplicationSummary>>();

        var read = api.MapGroup("/online-applications/{number}").WithTags("Online filing");
        read.MapGet("/", async (string number, HttpContext c, IClusterClient g) => Results.Ok(await Grain(g, number).Get(CurrentClerk.ActorOf(c)) ?? throw Unknown(number)))
            .WithName("GetOnlineApplication").Produces<OnlineApplicationView>();
        read.MapGet("/history", async (string number, HttpContext c, IClusterClient g) =>
                await Grain(g, number).GetHistory(CurrentClerk.ActorOf(c)) is { Count: > 0 } history ? Results.Ok(history) : throw Unknown(number))
            .WithName("GetOnlineApplicationHistory").Produces<IReadOnlyList<CaseHistoryRow>>();
        read.MapGet("/files/{fileId}", FileAsync).WithName("GetOnlineApplicationFile")
            .WithSummary("A file, for the clerks of the item's window and the point's directors only; always as an attachment.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        var act = api.MapGroup("/online-applications/{number}").WithTags("Online filing").RequireAuthorization(Roles.CaseWorkPolicy);
        act.MapPost("/accept", (string number, HttpContext c, IClusterClient g) => Grain(g, number).Accept(new AcceptOnlineApplicationCommand(CurrentClerk.ActorOf(c))))
            .WithName("AcceptOnlineApplication").WithSummary("Accept it (受理): it becomes a matter whose deadline counts from now.").Produces<OnlineApplicationView>();
        act.MapPost("/notify-missing", (string number, NotifyMissingBody body, HttpContext c, IClusterClient g) =>
                Grain(g, number).NotifyMissing(new NotifyMissingMaterialsCommand(CurrentClerk.ActorOf(c), body.Missing, body.Note)))
            .WithName("NotifyOnlineApplicationMissing").WithSummary("Tell the applicant, once, everything that is missing (一次性告知).").Produces<OnlineApplicationView>();
        act.MapPost("/refuse", (string number, RefuseOnlineApplicationBody body, HttpContext c, IClusterClient g) =>
                Grain(g, number).Refuse(new RefuseOnlineApplicationCommand(CurrentClerk.ActorOf(c), body.Reason, body.LegalBasis)))
            .WithName("RefuseOnlineApplication").Produces<OnlineApplicationView>();
        api.MapPost("/online-applications/{number}/check-deadlines", (string number, HttpContext c, IClusterClient g) => Grain(g, number).CheckDeadlines(CurrentClerk.ActorOf(c)))
            .WithName("CheckOnlineApplicationDeadlines").WithTags("Online filing").Produces<OnlineApplicationView>();
    }

    private static async Task<IResult> StartAsync(string pointCode, StartOnlineApplicationBody body, IClusterClient grains, TimeProvider time)
    {
        var point = Matters.Point(pointCode);
        var number = CaseNumber.New(OnlineApplicationNumber.Prefix, point, ChinaTime.Today(time));
        var receipt = await grains.Reference<IOnlineApplicationGrain>(number).Start(new StartOnlineApplicationRequest(
            point.Value,
            body.ItemId,
            body.Applicant.ToCitizen(),
            body.Description,
            new ResultDelivery(body.Delivery?.Method ?? DeliveryMethod.PickUp, body.Delivery?.Address),
            "web"));
        return Results.Created((string?)null, receipt);
    }

    private static async Task<IResult> AddFileAsync(string number, string? material, string? fileName, HttpContext context, IClusterClient grains)
    {
        var grain = Grain(grains, number);
        var code = context.Request.Headers[CodeHeader].ToString();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return Results.Ok(await grain.AddFile(new AddApplicationFileRequest(code, material ?? string.Empty, fileName ?? string.Empty, buffer.ToArray())));
    }

    private static async Task<IResult> ProgressAsync(string number, ApplicationCodeBody body, IClusterClient grains) =>
        Results.Ok(await Grain(grains, number).GetProgress(body.Code) ?? throw Unknown(number));

    private static async Task<IResult> ListAsync(string pointCode, bool? openOnly, int? limit, HttpContext context, IClusterClient grains) =>
        Results.Ok(await grains.GetGrain<IOnlineApplicationQueryGrain>(0).List(CurrentClerk.ActorOf(context), Matters.Point(pointCode).Value, openOnly ?? true, limit ?? 100));

    /// <summary>
    /// A file goes out as an attachment (Content-Disposition) with the type its content proved, never
    /// sniffed (nosniff), never cached; the gateway's content security policy covers it as every response.
    /// </summary>
    private static async Task<IResult> FileAsync(string number, string fileId, HttpContext context, IClusterClient grains)
    {
        var file = await Grain(grains, number).ReadFile(CurrentClerk.ActorOf(context), fileId);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The grain of a number checked at the edge (a malformed number is a 404 like an unknown one, not a grain call).</summary>
    private static IOnlineApplicationGrain Grain(IClusterClient grains, string number)
    {
        try
        {
            CaseNumber.PointOf(OnlineApplicationNumber.Prefix, number);
        }
        catch (DomainException)
        {
            throw Unknown(number);
        }

        return grains.Reference<IOnlineApplicationGrain>(number);
    }

    private static DomainException Unknown(string number) =>
        DomainException.NotFound("number", "onlineApplication.unknown", $"There is no online application {number} with that code.");
}
