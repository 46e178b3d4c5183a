using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Network.Bench.Measuring;

namespace Network.Bench.Live;

/// <summary>
/// Many SignalR clients (HubConnection over WebSockets) of one hub, each watching one point
/// (<c>WatchPoint</c>), spread evenly over the given points. On the gateway they sign in with one
/// bearer token (the city monitor's, whose jurisdiction reaches every point): an anonymous client
/// gets only a point's public feed, which carries no matter. Every "matter" item of the
/// "live" messages a client gets is recorded with the bench's clock: (receipt number, arrival ticks) for each
/// matter at version 1 (its intake).
/// </summary>
public sealed class LiveClients : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentQueue<(string Receipt, long Arrived)> _arrivals = new();
    private readonly Dictionary<string, int> _watchers = new(StringComparer.Ordinal);
    private long _received;

    /// <summary>How many clients watch each point.</summary>
    public IReadOnlyDictionary<string, int> Watchers => _watchers;

    public int Count => _connections.Count;

    /// <summary>Intake deliveries received so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    public static async Task<LiveClients> ConnectAsync(Uri hub, int clients, IReadOnlyList<string> points, string label, CancellationToken cancellationToken, string? accessToken = null)
    {
        var live = new LiveClients();
        try
        {
            using var progress = new ConsoleProgress(label, clients, "clients");
            var connected = 0;
            await Parallel.ForEachAsync(
                Enumerable.Range(0, clients),
                new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var point = points[i % points.Count];
                    var connection = new HubConnectionBuilder()
                        .WithUrl(hub, o =>
                        {
                            o.Transports = HttpTransportType.WebSockets;
                            o.SkipNegotiation = true;
                            if (accessToken is not null)
                            {
                                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                            }
                        })
                        .Build();
                    connection.On<JsonElement>("live", live.OnLive);
                    lock (live._connections)
                    {
                        live._connections.Add(connection);
                    }

                    await connection.StartAsync(ct);
                    await connection.InvokeAsync("WatchPoint", point, ct);
                    lock (live._watchers)
                    {
                        live._watchers[point] = live._watchers.GetValueOrDefault(point) + 1;
                    }

                    progress.Set(Interlocked.Increment(ref connected));
                });
        }
        catch
        {
            await live.DisposeAsync();
            throw;
        }

        return live;
    }

    /// <summary>Takes what arrived so far (and forgets it).</summary>
    public List<(string Receipt, long Arrived)> Drain()
    {
        var list = new List<(string, long)>();
        while (_arrivals.TryDequeue(out var a))
        {
            list.Add(a);
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, _) => await c.DisposeAsync());
        _connections.Clear();
    }

    /// <summary>A batch of the one live envelope, <c>[{ kind, payload }]</c>: the matters' changes are the "matter" items.</summary>
    private void OnLive(JsonElement batch)
    {
        var arrived = Stopwatch.GetTimestamp();
        foreach (var item in batch.EnumerateArray())
        {
            if (item.GetProperty("kind").GetString() != "matter")
            {
                continue;
            }

            var change = item.GetProperty("payload");
            if (change.TryGetProperty("version", out var version) && version.GetInt32() == 1)
            {
                _arrivals.Enqueue((change.GetProperty("receiptNumber").GetString()!, arrived));
                Interlocked.Increment(ref _received);
            }
        }
    }
}
