using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Network.Bench.Measuring;

namespace Network.Bench.Queue;

/// <summary>
/// Hall displays (大厅显示屏): anonymous SignalR clients, each watching one point's public feed
/// (<c>WatchPoint</c>), spread evenly over the points. Every call a display receives (a
/// "queueCall" item) is recorded with the bench's clock under
/// <c>{point}/{ticket}</c>; on the bare hub, every "matter" item at version 1 under its receipt
/// number, so the same clients measure the bare yardstick. A display does only what a display
/// must to be measured: receive each message, note the time, read what matches a call
/// (<see cref="LiveFrame"/>); it counts the messages and their items by kind (what each display
/// was sent: <see cref="Traffic"/>).
/// </summary>
public sealed class HallScreens : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentQueue<(string Key, long Arrived)> _arrivals = new();
    private readonly Dictionary<string, int> _watchers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _items = new(StringComparer.Ordinal);
    private long _received;
    private long _frames;

    public IReadOnlyDictionary<string, int> Watchers => _watchers;

    public int Count => _connections.Count;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>The "live" messages all displays received so far, and their items by kind.</summary>
    public (long Frames, IReadOnlyDictionary<string, long> ItemsByKind) Traffic =>
        (Interlocked.Read(ref _frames), new SortedDictionary<string, long>(_items, StringComparer.Ordinal));

    public static async Task<HallScreens> ConnectAsync(Uri hub, int screens, IReadOnlyList<string> points, string label, CancellationToken cancellationToken)
    {
        var hall = new HallScreens();
        try
        {
            using var progress = new ConsoleProgress(label, screens, "screens");
            var connected = 0;
            await Parallel.ForEachAsync(
                Enumerable.Range(0, screens),
                new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var point = points[i % points.Count];
                    var connection = new HubConnectionBuilder()
                        .WithUrl(hub, o =>
                        {
                            o.Transports = HttpTransportType.WebSockets;
                            o.SkipNegotiation = true;
                        })
                        .Build();
                    connection.On<LiveFrame>("live", hall.OnLive);
                    lock (hall._connections)
                    {
                        hall._connections.Add(connection);
                    }

                    await connection.StartAsync(ct);
                    await connection.InvokeAsync("WatchPoint", point, ct);
                    lock (hall._watchers)
                    {
                        hall._watchers[point] = hall._watchers.GetValueOrDefault(point) + 1;
                    }

                    progress.Set(Interlocked.Increment(ref connected));
                });
        }
        catch
        {
            await hall.DisposeAsync();
            throw;
        }

        return hall;
    }

    public List<(string Key, long Arrived)> Drain()
    {
        var list = new List<(string, long)>();
        while (_arrivals.TryDequeue(out var a))
        {
            list.Add(a);
        }

        return list;
    }

    /// <summary>Forgets the deliveries and messages so far (a warm-up's): counting starts again at zero.</summary>
    public void Reset()
    {
        _arrivals.Clear();
        _items.Clear();
        Interlocked.Exchange(ref _received, 0);
        Interlocked.Exchange(ref _frames, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, _) => await c.DisposeAsync());
        _connections.Clear();
    }

    private void OnLive(LiveFrame frame)
    {
        var arrived = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _frames);
        foreach (var kind in frame.Kinds)
        {
            _items.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        }

        foreach (var key in frame.Keys)
        {
            _arrivals.Enqueue((key, arrived));
            Interlocked.Increment(ref _received);
        }
    }
}
