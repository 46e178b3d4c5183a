using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// A real SignalR client of the in-process gateway's /hubs/live (WebSockets through the test
/// server) watching one point. It keeps each "live" message's items of one kind (the test's own,
/// so what the silo publishes meanwhile does not count) and hands them out message by message.
/// </summary>
public sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<JsonElement[]> _messages = Channel.CreateUnbounded<JsonElement[]>();

    private LiveWatcher(HubConnection connection, string kind)
    {
        _connection = connection;
        connection.On<JsonElement[]>("live", batch =>
        {
            var mine = batch.Where(item => item.GetProperty("kind").GetString() == kind).Select(item => item.GetProperty("payload")).ToArray();
            if (mine.Length > 0)
            {
                _messages.Writer.TryWrite(mine);
            }
        });
    }

    public static async Task<LiveWatcher> WatchPointAsync(TestServer server, string pointCode, string kind)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.WebSocketFactory = async (context, cancellationToken) => await server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
            })
            .Build();
        var watcher = new LiveWatcher(connection, kind);
        await connection.StartAsync();
        await connection.InvokeAsync("WatchPoint", pointCode);
        return watcher;
    }

    /// <summary>The payloads of the test's kind in the next "live" message that had any.</summary>
    public async Task<JsonElement[]> NextAsync() => await _messages.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
