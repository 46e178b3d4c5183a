using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Network.Bench.Http;
using Network.Bench.Measuring;

namespace Network.Bench.Live;

/// <summary>
/// P5: the city monitor's screen. Signed in as the city's monitor (bearer token on the hub), it
/// watches the city's subtree (<c>WatchSubtree</c>) and records every rolled-up city load with
/// the bench's clock. Staleness of the k-th matter taken in (in order of the HTTP answers) is
/// the time from its answer to the first city load whose acceptedToday counts k matters more
/// than at the start — at least 0: a load that counted it before its answer arrived is on time.
/// </summary>
public sealed class CityMonitor : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly string _city;
    private readonly ConcurrentQueue<(long Arrived, int Accepted)> _loads = new();

    private CityMonitor(HubConnection connection, string city)
    {
        _connection = connection;
        _city = city;
    }

    public int Baseline { get; private set; }

    public static async Task<CityMonitor> ConnectAsync(GatewayClient client, string city, string monitorId, CancellationToken cancellationToken)
    {
        var token = await client.TokenAsync(monitorId);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(client.Address, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var monitor = new CityMonitor(connection, city);
        connection.On<JsonElement>("live", monitor.OnLive);
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync("WatchSubtree", city, cancellationToken);
        return monitor;
    }

    /// <summary>Reads the city's settled figure (over HTTP, as the monitor page does first) and forgets loads seen so far.</summary>
    public async Task TakeBaselineAsync(GatewayClient client, string monitorId)
    {
        Baseline = (await client.SubtreeLoadAsync(monitorId, _city)).AcceptedToday;
        _loads.Clear();
    }

    /// <summary>Staleness per matter, and the time from the last answer to the load that counted every matter (or null if none did).</summary>
    public (LatencySummary Staleness, double? LastMatterMs, int LoadsSeen, int FinalAccepted) Measure(IReadOnlyList<IntakeTiming> timings, double seconds)
    {
        var returned = timings.Select(t => t.Returned).Order().ToArray();
        var loads = _loads.ToArray();
        var staleness = new List<double>(returned.Length);
        var j = 0;
        var reflected = -1L;
        for (var k = 0; k < returned.Length; k++)
        {
            while (j < loads.Length && loads[j].Accepted - Baseline < k + 1)
            {
                j++;
            }

            if (j == loads.Length)
            {
                break;
            }

            var ms = Math.Max(0, Ticks.Ms(loads[j].Arrived - returned[k]));
            staleness.Add(ms);
            reflected = loads[j].Arrived;
        }

        double? last = staleness.Count == returned.Length && returned.Length > 0 ? Math.Round(Ticks.Ms(reflected - returned[^1]), 3) : null;
        var missing = returned.Length - staleness.Count;
        return (LatencySummary.From(staleness.ToArray(), 1, seconds, missing), last, loads.Length, loads.Length == 0 ? Baseline : loads[^1].Accepted);
    }

    /// <summary>Waits until the city counts <paramref name="expected"/> matters more than the baseline, or the timeout passes.</summary>
    public async Task WaitForAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && !_loads.Any(l => l.Accepted - Baseline >= expected))
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    /// <summary>A batch of the one live envelope, <c>[{ kind, payload }]</c>: the loads are the "load" items.</summary>
    private void OnLive(JsonElement batch)
    {
        var arrived = Stopwatch.GetTimestamp();
        foreach (var item in batch.EnumerateArray())
        {
            if (item.GetProperty("kind").GetString() != "load")
            {
                continue;
            }

            var load = item.GetProperty("payload");
            if (load.GetProperty("pointCode").GetString() == _city && load.GetProperty("subtree").GetBoolean())
            {
                _loads.Enqueue((arrived, load.GetProperty("acceptedToday").GetInt32()));
            }
        }
    }
}
