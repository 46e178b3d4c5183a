using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Bench.Hosting;

namespace Network.Bench.Live;

/// <summary>
/// The bare broadcast P3 is compared with: a tiny ASP.NET Core app in the bench process, a hub
/// with the gateway's <c>WatchPoint</c> (group <c>point:{code}</c>) and no Orleans. POST
/// /poke/{pointCode}/{receipt} sends one "live" message with one "matter" item, shaped like the gateway's, to the
/// point's group and returns once SignalR has queued it to every client.
/// </summary>
public sealed class BareSignalRServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareSignalRServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public Uri Hub => new(Address, "/hubs/live");

    public static async Task<BareSignalRServer> StartAsync(CancellationToken cancellationToken)
    {
        var port = ChildProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<BareHub>("/hubs/live");
        app.MapPost("/poke/{pointCode}/{receipt}", async (string pointCode, string receipt, IHubContext<BareHub> hub) =>
        {
            await hub.Clients.Group("point:" + pointCode).SendAsync("live", new[] { new BareItem("matter", new BareChange(receipt, pointCode, 1)) });
            return Microsoft.AspNetCore.Http.Results.NoContent();
        });
        await app.StartAsync(cancellationToken);
        return new BareSignalRServer(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The bare hub: a point's group, nothing else.</summary>
    public sealed class BareHub : Hub
    {
        public Task WatchPoint(string pointCode) => Groups.AddToGroupAsync(Context.ConnectionId, "point:" + pointCode);
    }

    /// <summary>One item of a "live" message, as the gateway sends it.</summary>
    public sealed record BareItem(string Kind, BareChange Payload);

    /// <summary>What the bare server sends: the fields the clients read.</summary>
    public sealed record BareChange(string ReceiptNumber, string PointCode, int Version);
}
