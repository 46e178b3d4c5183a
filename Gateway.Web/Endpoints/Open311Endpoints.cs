using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Network.Gateway.Contracts;
using Network.Gateway.Open311;
using Network.Gateway.Security;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Open311 GeoReport v2 on the network (https://wiki.open311.org/GeoReport_v2): a point is a
/// jurisdiction (<c>jurisdiction_id</c> = its division code), the items of its public catalog are the
/// services (the eight public fields 八公开 as informational attributes), an online application is a
/// service request (POST with an api key of a registered client; sent to the point at once). Status
/// is <c>open</c> or <c>closed</c> as the application's grain maps it; no personal data leaves. JSON
/// and XML as the path names; errors as <c>[{code, description}]</c> or <c>errors/error</c>.
/// </summary>
internal static class Open311Endpoints
{
    private const int MaxIds = 50;
    private const int MaxRequests = 500;

    public static void MapOpen311Endpoints(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/open311/v2").WithTags("Open311").AllowAnonymous()
            .RequireRateLimiting(Hosting.RateLimitSetup.PublicReadLimit)
            .AddEndpointFilter<Open311ErrorFilter>();
        v2.MapGet("/services.{format}", ServicesAsync).WithName("Open311Services")
            .WithSummary("The point's public catalog as Open311 services (jurisdiction_id: the point's code).")
            .Produces<Open311Service[]>(StatusCodes.Status200OK, "application/json", "text/xml")
            .Produces<Open311Error[]>(StatusCodes.Status400BadRequest, "application/json", "text/xml");
        v2.MapGet("/services/{serviceCode}.{format}", DefinitionAsync).WithName("Open311ServiceDefinition")
            .WithSummary("A service's definition: the eight public fields (variable=false) and what the applicant supplies.")
            .Produces<Open311ServiceDefinition>(StatusCodes.Status200OK, "application/json", "text/xml")
            .Produces<Open311Error[]>(StatusCodes.Status404NotFound, "application/json", "text/xml");
        v2.MapPost("/requests.{format}", PostRequestAsync).WithName("Open311PostRequest")
            .WithSummary("File an online application (form fields: api_key, jurisdiction_id, service_code, first_name, last_name, phone, description, address_string, attribute[document_type], attribute[document_number], attribute[delivery]); it is sent to the point at once.")
            .Accepts<Open311PostForm>("application/x-www-form-urlencoded")
            .Produces<Open311RequestCreated[]>(StatusCodes.Status200OK, "application/json", "text/xml")
            .Produces<Open311Error[]>(StatusCodes.Status403Forbidden, "application/json", "text/xml");
        v2.MapGet("/requests.{format}", RequestsAsync).WithName("Open311Requests")
            .WithSummary("Service requests of the point (by service_request_id, service_code, start_date, end_date, status), without personal data.")
            .Produces<Open311Request[]>(StatusCodes.Status200OK, "application/json", "text/xml");
        v2.MapGet("/requests/{serviceRequestId}.{format}", RequestAsync).WithName("Open311Request")
            .WithSummary("One service request, without personal data.")
            .Produces<Open311Request[]>(StatusCodes.Status200OK, "application/json", "text/xml");
    }

    /// <summary>The registration of Open311 clients (a director for their point and below, the city monitor for the city); the key is shown once.</summary>
    public static void MapOpen311ClientEndpoints(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/open311/clients").WithTags("Open311");
        clients.MapPost("/", async (RegisterOpen311ClientBody body, HttpContext c, Open311ClientStore store) =>
                Results.Created((string?)null, await store.RegisterAsync(CurrentClerk.ActorOf(c), body.Name, body.ScopeCode, c.RequestAborted)))
            .WithName("RegisterOpen311Client").Produces<Open311ClientIssued>(StatusCodes.Status201Created);
        clients.MapGet("/", async (HttpContext c, Open311ClientStore store) => Results.Ok(await store.ListAsync(CurrentClerk.ActorOf(c), c.RequestAborted)))
            .WithName("ListOpen311Clients").Produces<IReadOnlyList<Open311Client>>();
        clients.MapPost("/{clientId}/revoke", async (string clientId, HttpContext c, Open311ClientStore store) =>
                Results.Ok(await store.RevokeAsync(CurrentClerk.ActorOf(c), clientId, c.RequestAborted)))
            .WithName("RevokeOpen311Client").Produces<Open311Client>();
    }

    private static async Task<IResult> ServicesAsync(string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, IClusterClient grains)
    {
        var (point, profile) = await JurisdictionAsync(jurisdictionId, grains);
        var items = await grains.Reference<ICatalogGrain>(point).List();
        return Open311Writer.Write(format, "services", "service", items.Select(i => Service(i, profile)));
    }

    private static async Task<IResult> DefinitionAsync(string format, string serviceCode, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, IClusterClient grains)
    {
        var (point, profile) = await JurisdictionAsync(jurisdictionId, grains);
        var item = await grains.Reference<ICatalogGrain>(point).Find(serviceCode)
            ?? throw UnknownService(serviceCode, profile);
        return Open311Writer.WriteOne(format, "service_definition", new Open311ServiceDefinition(item.Id, Attributes(item)));
    }

    private static async Task<IResult> PostRequestAsync(string format, HttpContext context, IClusterClient grains, Open311ClientStore clients, TimeProvider time)
    {
        if (!context.Request.HasFormContentType)
        {
            throw DomainException.Invalid("body", "open311.form", "A service request is posted as application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

        var point = DivisionCode.Parse(Field("jurisdiction_id") ?? throw Missing("jurisdiction_id"), "jurisdiction_id");
        if (await clients.AuthenticateAsync(Field("api_key"), point.Value, context.RequestAborted) is not { } client)
        {
            throw DomainException.Forbidden("api_key", "open311.apiKey", "Invalid api_key received -- can't proceed with create_request.");
        }

        var serviceCode = Field("service_code") ?? throw Missing("service_code");
        if (Field("address_string") is null && Field("address_id") is null && (Field("lat") is null || Field("long") is null))
        {
            throw DomainException.Invalid("address_string", "open311.location", "A location is required: lat and long, address_string or address_id.");
        }

        var delivery = Field("attribute[delivery]") switch
        {
            "PickUp" or null => DeliveryMethod.PickUp,
            "Post" => DeliveryMethod.Post,
            var other => throw DomainException.Invalid("attribute[delivery]", "delivery.method", $"attribute[delivery] is PickUp or Post, not '{other}'."),
        };
        var documentType = Field("attribute[document_type]") is { } type
            ? Enum.TryParse<IdentityDocumentType>(type, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(type, out _)
                ? parsed
                : throw DomainException.Invalid("attribute[document_type]", "open311.documentType", $"attribute[document_type] is one of {string.Join(", ", DocumentTypes)}.")
            : IdentityDocumentType.ResidentIdCard;
        var name = string.Concat(Field("last_name"), Field("first_name"));
        var number = CaseNumber.New(OnlineApplicationNumber.Prefix, point, ChinaTime.Today(time));
        var receipt = await grains.Reference<IOnlineApplicationGrain>(number).Start(new StartOnlineApplicationRequest(
            point.Value,
            serviceCode,
            new Citizen(name, Field("attribute[document_number]") ?? string.Empty, Field("phone")) { DocumentType = documentType },
            Field("description") ?? string.Empty,
            new ResultDelivery(delivery, Field("address_string")),
            $"open311:{client.Name}")
        { SubmitAtOnce = true });
        var notice = $"已提交{receipt.PointName}，预审期限 {receipt.PreExamineBy:yyyy-MM-dd}。请凭申请号和查询码 {receipt.Code} 在网上申报页上传材料（{string.Join("、", receipt.RequiredMaterials)}）并查询进度。";
        return Open311Writer.Write(format, "service_requests", "request", new[] { new Open311RequestCreated(receipt.Number, notice, null) });
    }

    private static async Task<IResult> RequestsAsync(
        string format, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, [FromQuery(Name = "service_request_id")] string? serviceRequestIds, [FromQuery(Name = "service_code")] string? serviceCode, [FromQuery(Name = "start_date")] string? startDate, [FromQuery(Name = "end_date")] string? endDate, string? status, IClusterClient grains, TimeProvider time)
    {
        var point = DivisionCode.Parse(jurisdictionId ?? throw Missing("jurisdiction_id"), "jurisdiction_id").Value;
        var statuses = (status ?? "open,closed").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (statuses.Length == 0 || statuses.Any(s => s is not ("open" or "closed")))
        {
            throw DomainException.Invalid("status", "open311.status", "status is open, closed or both (comma separated).");
        }

        IReadOnlyList<OnlineApplicationPublicStatus> found;
        if (serviceRequestIds is not null)
        {
            var ids = serviceRequestIds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length is 0 or > MaxIds)
            {
                throw DomainException.Invalid("service_request_id", "open311.ids", $"service_request_id names 1 to {MaxIds} requests, comma separated.");
            }

            var list = new List<OnlineApplicationPublicStatus>();
            foreach (var id in ids.Distinct(StringComparer.Ordinal).Where(id => IsOf(id, point)))
            {
                if (await grains.Reference<IOnlineApplicationGrain>(id).GetPublicStatus() is { } one)
                {
                    list.Add(one);
                }
            }

            found = list;
        }
        else
        {
            var end = Date(endDate, "end_date") ?? time.GetUtcNow();
            var start = Date(startDate, "start_date") ?? end.AddDays(-90);
            found = await grains.GetGrain<IOnlineApplicationQueryGrain>(0).ListPublic(point, serviceCode, start, end, MaxRequests);
        }

        var shown = found
            .Where(s => serviceCode is null || s.ItemId == serviceCode)
            .Where(s => statuses.Contains(s.IsOpen ? "open" : "closed"))
            .Select(Request);
        return Open311Writer.Write(format, "service_requests", "request", shown);
    }

    private static async Task<IResult> RequestAsync(string format, string serviceRequestId, [FromQuery(Name = "jurisdiction_id")] string? jurisdictionId, IClusterClient grains)
    {
        var point = DivisionCode.Parse(jurisdictionId ?? throw Missing("jurisdiction_id"), "jurisdiction_id").Value;
        var status = IsOf(serviceRequestId, point) ? await grains.Reference<IOnlineApplicationGrain>(serviceRequestId).GetPublicStatus() : null;
        return status is null
            ? throw DomainException.NotFound("service_request_id", "open311.requestUnknown", $"There is no service request {serviceRequestId} in jurisdiction {point}.")
            : Open311Writer.Write(format, "service_requests", "request", new[] { Request(status) });
    }

    private static async Task<(string Point, ServicePointProfile Profile)> JurisdictionAsync(string? jurisdictionId, IClusterClient grains)
    {
        var point = DivisionCode.Parse(jurisdictionId ?? throw Missing("jurisdiction_id"), "jurisdiction_id").Value;
        var profile = await grains.Reference<IServicePointGrain>(point).GetProfile()
            ?? throw DomainException.NotFound("jurisdiction_id", "point.undefined", $"jurisdiction_id {point} is not a service point of the network.");
        return (point, profile);
    }

    private static Open311Service Service(ServiceItem item, ServicePointProfile profile)
    {
        var window = profile.FindWindow(item.WindowId)?.Name ?? item.WindowId;
        return new Open311Service(item.Id, item.Name, $"{item.Result}；{TimeLimit(item)}；{item.Fee}", Metadata: true, "realtime", string.Join(",", item.RequiredMaterials), window);
    }

    /// <summary>The eight public fields (八公开) as information (variable=false), then what the applicant gives.</summary>
    private static IReadOnlyList<Open311Attribute> Attributes(ServiceItem item) =>
    [
        Info(1, "name", "项目名称", item.Name),
        Info(2, "conditions", "许可条件", item.Conditions),
        Info(3, "legal_basis", "政策依据", item.LegalBasis),
        Info(4, "procedure", "办事程序", item.Procedure),
        Info(5, "materials", "申报材料", string.Join("、", item.RequiredMaterials)),
        Info(6, "time_limit", "服务时限", TimeLimit(item)),
        Info(7, "result", "办理结果", item.Result),
        Info(8, "fee", "收费标准", item.Fee),
        new(true, "document_type", "singlevaluelist", false, null, 9, "申请人证件类型（缺省为居民身份证；单位申请用统一社会信用代码，名称填 last_name）",
            DocumentTypes.Select(t => new Open311Value(t.ToString(), Applicants.DocumentName(t))).ToArray()),
        new(true, "document_number", "string", true, "居民身份证号码（GB 11643）、统一社会信用代码（GB 32100）或所选证件的号码", 10, "申请人证件号码", null),
        new(true, "delivery", "singlevaluelist", true, null, 11, "结果送达方式（邮寄时 address_string 为邮寄地址）",
            [new Open311Value(nameof(DeliveryMethod.PickUp), "窗口领取"), new Open311Value(nameof(DeliveryMethod.Post), "邮寄送达")]),
    ];

    private static readonly IdentityDocumentType[] DocumentTypes = Enum.GetValues<IdentityDocumentType>();

    private static Open311Attribute Info(int order, string code, string label, string value) =>
        new(false, code, "text", false, null, order, $"{label}：{value}", null);

    private static string TimeLimit(ServiceItem item) => item.TimeLimitWorkingDays == 0 ? "即办" : $"{item.TimeLimitWorkingDays} 个工作日";

    private static Open311Request Request(OnlineApplicationPublicStatus s) => new(
        s.Number,
        s.IsOpen ? "open" : "closed",
        s.StatusNotes,
        s.ItemName,
        s.ItemId,
        null,
        s.PointName,
        null,
        Iso(s.RequestedAt),
        Iso(s.UpdatedAt),
        s.ExpectedOn is { } due ? Iso(new DateTimeOffset(due.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset)) : null,
        null,
        null,
        null,
        null,
        null,
        null);

    /// <summary>ISO 8601 with the China offset, as the spec asks (a timezone is required).</summary>
    private static string Iso(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Date(string? text, string field) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
        : throw DomainException.Invalid(field, "open311.date", $"{field} is an ISO 8601 date and time with a timezone, e.g. 2026-11-16T08:00:00+08:00.");

    private static bool IsOf(string id, string point)
    {
        try
        {
            return CaseNumber.PointOf(OnlineApplicationNumber.Prefix, id).Value == point;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static DomainException Missing(string field) =>
        DomainException.Invalid(field, "open311.required", $"{field} was not provided.");

    private static DomainException UnknownService(string serviceCode, ServicePointProfile profile) =>
        DomainException.NotFound("service_code", "item.unknown", $"service_code {serviceCode} not found: {profile.Name} has no such item.");
}

/// <summary>The form fields of POST requests (for the OpenAPI document; the handler reads the form itself).</summary>
public sealed record Open311PostForm(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("jurisdiction_id")] string JurisdictionId,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("address_string")] string? AddressString);
