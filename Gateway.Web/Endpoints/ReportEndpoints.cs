using System.Globalization;
using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;
using Network.Gateway.Reports;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Finding matters and the register (台帐) of a point (issue 11). Each read is one call of the
/// query grain with the signed-in actor, which decides what the actor may see; an export reads the
/// register batch after batch and streams it, and is audited (<c>export.register</c>, as the ledger
/// export is) before its first byte leaves, or as refused.
/// </summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points/{pointCode}").WithTags("Reports");
        points.MapGet("/search", SearchAsync).WithName("SearchMatters").Produces<MatterSearchPage>()
            .WithSummary("Matters by receipt number, applicant's name, last four of the ID number, item, status, window, days taken in, flag; by deadline, a page after 'after' (keyset).");
        points.MapGet("/register", RegisterAsync).WithName("Register").Produces<RegisterPage>()
            .WithSummary("The register (台帐) of a day, month or year: one line per matter, a batch after 'after'.");
        points.MapGet("/register.csv", (string pointCode, HttpContext c, IClusterClient g, AuditLog a, CancellationToken t, string? period, string? day, string? windowId, bool subtree = false) =>
                ExportAsync(pointCode, c, g, a, "csv", period, day, windowId, subtree, t))
            .WithName("RegisterCsv").Produces(200, contentType: RegisterExport.CsvType);
        points.MapGet("/register.xlsx", (string pointCode, HttpContext c, IClusterClient g, AuditLog a, CancellationToken t, string? period, string? day, string? windowId, bool subtree = false) =>
                ExportAsync(pointCode, c, g, a, "xlsx", period, day, windowId, subtree, t))
            .WithName("RegisterXlsx").Produces(200, contentType: RegisterExport.XlsxType);
    }

    private static async Task<IResult> SearchAsync(
        string pointCode, HttpContext context, IClusterClient grains,
        string? receipt = null, string? name = null, string? idTail = null, string? itemId = null, MatterStatus? status = null,
        string? windowId = null, string? from = null, string? to = null, FlagLevel? flag = null, bool openOnly = false,
        bool subtree = false, string? after = null, int limit = 50)
    {
        var search = new MatterSearch(pointCode)
        {
            Subtree = subtree,
            ReceiptNumber = receipt,
            CitizenName = name,
            ResidentIdTail = idTail,
            ItemId = itemId,
            Status = status,
            WindowId = windowId,
            ReceivedFrom = Day(from, "from"),
            ReceivedTo = Day(to, "to"),
            Flag = flag,
            OpenOnly = openOnly,
            After = after,
            Limit = limit,
        };
        return Results.Ok(await grains.GetGrain<IMatterQueryGrain>(0).Search(CurrentClerk.ActorOf(context), search));
    }

    private static async Task<IResult> RegisterAsync(
        string pointCode, HttpContext context, IClusterClient grains,
        string? period = null, string? day = null, string? windowId = null, bool subtree = false, string? after = null, int limit = 500)
    {
        var query = Query(pointCode, period, day, windowId, subtree) with { After = after, Limit = limit };
        return Results.Ok(await grains.GetGrain<IMatterQueryGrain>(0).ReadRegister(CurrentClerk.ActorOf(context), query));
    }

    private static async Task<IResult> ExportAsync(
        string pointCode, HttpContext context, IClusterClient grains, AuditLog audit, string format,
        string? period, string? day, string? windowId, bool subtree, CancellationToken cancellationToken)
    {
        var actor = CurrentClerk.ActorOf(context);
        var query = Query(pointCode, period, day, windowId, subtree) with { Limit = RegisterExport.BatchSize };
        var grain = grains.GetGrain<IMatterQueryGrain>(0);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{format}, {query.Period} of {query.Day:yyyy-MM-dd}{(query.WindowId is null ? string.Empty : $", window {query.WindowId}")}{(query.Subtree ? ", with the points below" : string.Empty)}");
        RegisterPage first;
        try
        {
            // The first batch before any byte: the grain's refusal (jurisdiction, bad input) is still a problem response.
            first = await grain.ReadRegister(actor, query);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Forbidden)
        {
            await audit.WriteAsync(new AuditEvent(actor.Id, "export.register", pointCode, AuditEvent.AddressOf(context), AuditEvent.Refused, detail), cancellationToken);
            throw;
        }

        await audit.WriteAsync(new AuditEvent(actor.Id, "export.register", query.PointCode, AuditEvent.AddressOf(context), AuditEvent.Succeeded, detail), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"register-{query.PointCode}{(query.WindowId is null ? string.Empty : "-" + query.WindowId)}-{Label(query)}.{format}");
        var response = context.Response;
        response.ContentType = format == "csv" ? RegisterExport.CsvType : RegisterExport.XlsxType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"; filename*=UTF-8''{Uri.EscapeDataString("台帐-" + name["register-".Length..])}";
        response.Headers.CacheControl = "no-store";
        var services = context.RequestServices;
        var next = RegisterExport.EachBatchBudgeted(
            context,
            services.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(services.GetRequiredService<IOptions<GatewayOptions>>().Value.RequestBudgetSeconds),
            after => grain.ReadRegister(actor, query with { After = after }));
        var rows = RegisterExport.RowsAsync(first, next, cancellationToken);
        if (format == "csv")
        {
            await RegisterExport.WriteCsvAsync(response, rows, cancellationToken);
        }
        else
        {
            await RegisterExport.WriteXlsxAsync(context, rows, cancellationToken);
        }

        return Results.Empty;
    }

    /// <summary>The register asked for: the period (day, month, year; a day when not said) containing <paramref name="day"/>.</summary>
    private static RegisterQuery Query(string pointCode, string? period, string? day, string? windowId, bool subtree)
    {
        var span = period is null or "" ? RegisterPeriod.Day
            : Enum.TryParse<RegisterPeriod>(period, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(period[0]) ? parsed
            : throw DomainException.Invalid("period", "period.invalid", "period is day, month or year.");
        var date = Day(day, "day") ?? throw DomainException.Invalid("day", "day.required", "day is required: a day of the period, yyyy-MM-dd.");
        return new RegisterQuery(pointCode, span, date) { WindowId = windowId, Subtree = subtree };
    }

    private static string Label(RegisterQuery query) => query.Period switch
    {
        RegisterPeriod.Day => query.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RegisterPeriod.Month => query.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => query.Day.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static DateOnly? Day(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw DomainException.Invalid(field, "date.invalid", $"{field} is a day, yyyy-MM-dd.");
}
