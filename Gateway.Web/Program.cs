using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Network.Gateway.Data;
using Network.Gateway.Endpoints;
using Network.Gateway.Errors;
using Network.Gateway.Hosting;
using Network.Gateway.Idempotency;
using Network.Gateway.Live;
using Network.Gateway.Security;
using Network.Gateway.Telemetry;
using Network.ServiceDefaults;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var settings = GatewayOptions.Read(builder.Configuration);
var connectionString = builder.Configuration.GetConnectionString("Network");
if (string.IsNullOrWhiteSpace(connectionString))
{
    throw new InvalidOperationException("ConnectionStrings:Network is required: the gateway keeps accounts and idempotency keys in PostgreSQL.");
}

builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
builder.AddNetworkOrleansClient();
builder.AddGatewayTelemetry();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddKeyedSingleton(Network.Grains.Interfaces.Time.ChinaTime.ClockKey, TradeClock.From(builder.Configuration));
builder.Services.AddSingleton(_ => new GatewayDatabase(new NpgsqlDataSourceBuilder(connectionString) { Name = "gateway" }.Build()));
builder.Services.AddSingleton<IdempotencyStore>();
builder.Services.AddSingleton<Network.Gateway.Open311.Open311ClientStore>();
builder.Services.AddSingleton<IdempotencyReleaseQueue>();
builder.Services.AddHostedService<IdempotencyReleaseService>();
builder.Services.AddSingleton<IdempotencyPurgeService>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<IdempotencyPurgeService>());
builder.Services.AddSingleton<GatewayExceptionHandler>();
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RoleRefusalHandler>();
builder.Services.AddHostedService<DatabaseSchemaService>();
builder.Services.AddHostedService<DemoAccountSeeder>();

builder.Services.AddExceptionHandler<GatewayExceptionHandler>();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    if (!context.ProblemDetails.Extensions.ContainsKey("code"))
    {
        context.ProblemDetails.Extensions["code"] = context.ProblemDetails.Status switch
        {
            401 => "auth.required",
            403 => "auth.role",
            404 => "route.notFound",
            405 => "method.notAllowed",
            413 => "body.tooLarge",
            415 => "body.notJson",
            _ => "request.failed",
        };
    }
});
builder.Services.ConfigureHttpJsonOptions(o => Configure(o));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddNetworkAuthentication(settings);
builder.Services.AddGatewayRateLimits(settings);
builder.Services.AddGatewayPublicReadCache(settings);
builder.Services.AddGatewayForwardedHeaders(settings);
builder.Services.AddGatewaySecurityHeaders(settings);
builder.Services.AddOpenApi();
builder.Services.AddLiveStatus();
builder.Services.AddHealthChecks()
    .AddCheck<OrleansHealthCheck>("orleans", tags: [ServiceDefaultsExtensions.ReadyTag])
    .AddPostgresCheck(sp => sp.GetRequiredService<GatewayDatabase>().DataSource);

var app = builder.Build();
app.Logger.LogInformation("Data-protection keys are encrypted at rest with {Certificate}", app.Services.GetRequiredService<DataProtectionCertificates>().Source);

if (ListenAddressCheck.FindTakenAddress(builder.Configuration["urls"]) is { } taken)
{
    Console.Error.WriteLine(taken);
    Environment.ExitCode = 1;
    return;
}

app.UseGatewayForwardedHeaders(settings);
app.UseGatewaySecurityHeaders(settings, app.Environment);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseMiddleware<RequestBudgetMiddleware>();
app.UseMiddleware<BodySizeLimitMiddleware>();
app.UseRouting();
app.UseAuthentication();
app.UseSessionRevalidation();
app.UseRateLimiter();
app.UseOutputCache();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapOpenApi();
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ServiceDefaultsExtensions.ReadyTag) });
app.MapPublicEndpoints();
app.MapPublicDutyEndpoints();
app.MapPublicComplaintEndpoints();
app.MapPublicAssessmentEndpoints();
app.MapPublicOnlineFilingEndpoints();
app.MapOpen311Endpoints();

var api = app.MapGroup("/api").RequireAuthorization();
api.MapAuthEndpoints();
api.MapPointEndpoints();
api.MapWindowEndpoints();
api.MapIntakeEndpoints();
api.MapMatterEndpoints();
api.MapHandOffEndpoints();
api.MapJointEndpoints();
api.MapReportEndpoints();
api.MapStatisticsEndpoints();
api.MapAdminEndpoints();
api.MapFeeEndpoints();
api.MapDutyEndpoints();
api.MapRectificationEndpoints();
app.MapRatingEndpoints(api);
api.MapComplaintEndpoints();
api.MapConsultationEndpoints();
api.MapPetitionEndpoints();
api.MapProxyErrandEndpoints();
api.MapSupervisionOrderEndpoints();
api.MapAccountabilityEndpoints();
api.MapAssessmentEndpoints();
api.MapOnlineFilingEndpoints();
api.MapSealEndpoints();
api.MapOpen311ClientEndpoints();
app.MapCatalogEndpoints(api);
app.MapLiveEndpoints(api);
app.MapQueueEndpoints(api);
app.MapLiveStatus();

try
{
    app.Run();
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    // Taken between the check above and the start: the host has logged the details; one line says what and how.
    Console.Error.WriteLine(
        $"Cannot start: {e.Message.TrimEnd('.')}: something else already listens on that port. "
        + "Stop that program or choose another address with --urls or ASPNETCORE_URLS (scripts/run.sh: GATEWAY_URL).");
    Environment.ExitCode = 1;
}

static void Configure(JsonOptions options)
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    options.SerializerOptions.RespectNullableAnnotations = true;
    options.SerializerOptions.RespectRequiredConstructorParameters = true;
}

/// <summary>The gateway's entry point (public for WebApplicationFactory in the tests).</summary>
public partial class Program;
