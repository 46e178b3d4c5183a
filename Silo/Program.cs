using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Database;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Tls;
using Network.Silo.Hosting;

// Configuration (appsettings.json) travels with the binaries; data folders are relative to
// the directory the silo is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

using var bootLogging = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
var bootLogger = bootLogging.CreateLogger("Network.Silo");
ClusterCredentials? tls;
try
{
    // Before the storage: a silo that may not start must not have started an embedded PostgreSQL.
    tls = SiloTls.Resolve(builder.Configuration, Environment.CurrentDirectory, bootLogger, TimeProvider.System);
}
catch (ClusterTlsException e)
{
    bootLogger.LogCritical("Cannot start: {Reason}", e.Message);
    return 1;
}

ResolvedStorage storage;
try
{
    storage = await StorageBootstrap.ResolveAsync(builder.Configuration, Environment.CurrentDirectory, bootLogger);
}
catch (LocalPostgresStartException e)
{
    // Something the operator can fix: one line saying what and how, no stack trace.
    bootLogger.LogCritical("Cannot start: {Reason}", e.Message);
    return 1;
}

builder.Services.AddSingleton(storage);
// Before the grains' own registration, which keeps the first trade clock registered.
builder.Services.AddKeyedSingleton(Network.Grains.Interfaces.Time.ChinaTime.ClockKey, TradeClock.From(builder.Configuration));
builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
builder.AddNetworkSilo(storage, tls);
builder.AddNetworkServiceDefaults("network-silo");
builder.Services.AddHostedService<DemoNetworkLoader>();

var host = builder.Build();
bootLogger.LogInformation(
    "Silo of cluster '{ClusterId}' starting on {Storage}; advertised address {AdvertisedIP}, silo port {SiloPort}, gateway port {GatewayPort}, {Tls}",
    builder.Configuration["Orleans:ClusterId"],
    storage.Describe(),
    builder.Configuration["Orleans:AdvertisedIP"],
    builder.Configuration["Orleans:SiloPort"],
    builder.Configuration["Orleans:GatewayPort"],
    tls is null ? "without TLS" : "mutual TLS");
await host.RunAsync();
return 0;
