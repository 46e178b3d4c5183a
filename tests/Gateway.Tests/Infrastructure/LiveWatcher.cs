using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>
/// A real SignalR client of the in-process gateway's /hubs/live (WebSockets through the test
/// server) watching one point, anonymously or with a clerk's bearer token. It keeps each "live"
/// message's items of one kind (the test's own, so what the silo publishes meanwhile does not
/// count) and hands them out message by message; it also keeps every item of every kind as the
/// JSON text it arrived as (<see cref="Everything"/>).
/// </summary>
public sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<JsonElement[]> _messages = Channel.CreateUnbounded<JsonElement[]>();
    private readonly ConcurrentQueue<string> _everything = new();

    private LiveWatcher(HubConnection connection, string kind)
    {
        _connection = connection;
        connection.On<JsonElement[]>("live", batch =>
        {
            foreach (var item in batch)
            {
                _everything.Enqueue(item.GetRawText());
            }

            var mine = batch.Where(item => item.GetProperty("kind").GetString() == kind).Select(item => item.GetProperty("payload")).ToArray();
            if (mine.Length > 0)
            {
                _messages.Writer.TryWrite(mine);
            }
        });
    }

    /// <summary>Every item received so far, of any kind, as its JSON text (<c>{"kind":…,"payload":…}</c>).</summary>
    public IReadOnlyList<string> Everything => _everything.ToArray();

    /// <param name="accessToken">A clerk's bearer token, or null for an anonymous connection (a hall display).</param>
    public static Task<LiveWatcher> WatchPointAsync(TestServer server, string pointCode, string kind, string? accessToken = null) =>
        WatchAsync(server, "WatchPoint", pointCode, kind, accessToken);

    /// <summary>Connects and calls the hub's <paramref name="method"/> (WatchPoint, WatchMatter, …) with <paramref name="argument"/>; returns once the join returned.</summary>
    public static async Task<LiveWatcher> WatchAsync(TestServer server, string method, string argument, string kind, string? accessToken = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    if (accessToken is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {accessToken}";
                    }

                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        var watcher = new LiveWatcher(connection, kind);
        await connection.StartAsync();
        await connection.InvokeAsync(method, argument);
        return watcher;
    }

    /// <summary>The payloads of the test's kind in the next "live" message that had any.</summary>
    public async Task<JsonElement[]> NextAsync() => await _messages.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits for the first payload of the test's kind that <paramref name="match"/> accepts.</summary>
    public async Task<JsonElement> FirstAsync(Func<JsonElement, bool> match)
    {
        while (true)
        {
            foreach (var payload in await NextAsync())
            {
                if (match(payload))
                {
                    return payload;
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
