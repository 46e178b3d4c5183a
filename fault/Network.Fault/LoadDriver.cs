using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Network.Fault;

/// <summary>
/// Clients of both gateways: each lane takes matters in (a new Idempotency-Key per intake) and
/// follows some up (complete, hand-up). A failed attempt (503, 409 in progress, 429, no answer) is
/// retried with the SAME key, alternating gateways, until a definite answer or the bound passes.
/// Every attempt and what the client was finally told are recorded.
/// </summary>
public sealed class LoadDriver(IReadOnlyList<Uri> gateways, IReadOnlyList<Lane> lanes, IReadOnlyDictionary<string, string[]> materials)
{
    public static readonly TimeSpan OperationBound = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentQueue<Operation> _operations = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(10) }) { Timeout = RequestTimeout };
    private readonly Dictionary<string, string> _tokens = [];
    private int _citizen;

    public double Now => _clock.Elapsed.TotalSeconds;

    public IReadOnlyList<Attempt> Attempts => _attempts.ToArray();

    public IReadOnlyList<Operation> Operations => _operations.ToArray();

    public HttpClient Http => _http;

    public async Task SignInAsync()
    {
        foreach (var clerk in lanes.Select(l => l.Clerk).Append(Reconciler.TownshipDecider).Distinct())
        {
            _tokens[clerk] = await TokenAsync(gateways[0], clerk);
        }
    }

    public string TokenOf(string clerk) => _tokens[clerk];

    /// <summary>Runs every lane until <paramref name="stop"/> is cancelled; operations in flight finish.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(lanes.Select((lane, i) => Task.Run(() => RunLaneAsync(lane, i, stop), CancellationToken.None)));

    private async Task RunLaneAsync(Lane lane, int index, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            n++;
            var seed = Interlocked.Increment(ref _citizen);
            var body = new
            {
                windowId = lane.Window,
                itemId = lane.Item,
                citizen = new { name = $"故障测试{seed:00000}", residentId = ResidentId(seed), phone = "13800138000" },
                materialsHandedIn = materials[lane.Item],
            };
            var intake = await OperateAsync(index, "intake", lane.Clerk, HttpMethod.Post, $"/api/points/{lane.Point}/matters", body, index + n);
            if (intake.Outcome != Operation.Acknowledged || intake.Receipt is null || n % 3 == 0)
            {
                continue; // every third matter stays open: the reconciliation acts on it
            }

            var url = $"/api/matters/{intake.Receipt}/{lane.FollowUp}";
            object followUp = lane.FollowUp == "hand-up" ? new { proxyAgentId = lane.ProxyAgent, note = "代办上报" } : new { resultNote = "办结" };
            await OperateAsync(index, lane.FollowUp, lane.Clerk, HttpMethod.Post, url, followUp, index + n + 1);
        }
    }

    /// <summary>One operation of <paramref name="lane"/> (-1: none) under one Idempotency-Key, retried until a definite answer or the bound.</summary>
    public async Task<Operation> OperateAsync(int lane, string kind, string clerk, HttpMethod method, string path, object body, int gatewayTurn)
    {
        var key = Guid.NewGuid().ToString("N");
        var json = JsonSerializer.Serialize(body);
        var started = Now;
        var attempts = 0;
        Operation? told = null;
        while (told is null)
        {
            attempts++;
            var gateway = gateways[(gatewayTurn + attempts) % gateways.Count];
            var (status, code, receipt, matterStatus, version) = await AttemptAsync(lane, kind, clerk, key, gateway, method, path, json);
            if (status is >= 200 and < 300)
            {
                told = new Operation(kind, clerk, key, receipt, Operation.Acknowledged, status, matterStatus, version, attempts, null);
            }
            else if (status is >= 400 and < 500 && status != 429 && !(status == 409 && code == "idempotency.inProgress"))
            {
                told = new Operation(kind, clerk, key, ReceiptOf(path), Operation.Refused, status, null, null, attempts, code);
            }
            else if (Now - started > OperationBound.TotalSeconds)
            {
                told = new Operation(kind, clerk, key, ReceiptOf(path), Operation.GaveUp, status == 0 ? null : status, null, null, attempts, code);
            }
            else
            {
                // A short pause before the retry (a client's back-off, shorter than Retry-After so
                // the recovery time is measured finely).
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempts, 1000)));
            }
        }

        _operations.Enqueue(told);
        return told;
    }

    private async Task<(int Status, string? Code, string? Receipt, string? MatterStatus, int? Version)> AttemptAsync(
        int lane, string kind, string clerk, string key, Uri gateway, HttpMethod method, string path, string json)
    {
        var start = Now;
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(gateway, path)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[clerk]);
            request.Headers.Add("Idempotency-Key", key);
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            string? code = null, receipt = null, matterStatus = null;
            int? version = null;
            if (text.StartsWith('{'))
            {
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
                receipt = root.TryGetProperty("receiptNumber", out var r) ? r.GetString() : null;
                matterStatus = root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            }

            _attempts.Enqueue(new Attempt(lane, kind, clerk, key, gateway.Authority, start, Now, status, code, response.Headers.RetryAfter?.ToString(), null));
            return (status, code, receipt, matterStatus, version);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            _attempts.Enqueue(new Attempt(lane, kind, clerk, key, gateway.Authority, start, Now, 0, null, null, e.GetType().Name + ": " + e.Message));
            return (0, null, null, null, null);
        }
    }

    private async Task<string> TokenAsync(Uri gateway, string clerk)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(gateway, "/api/auth/token"), new { clerkId = clerk, password = FaultCluster.Password });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static string? ReceiptOf(string path) =>
        path.StartsWith("/api/matters/", StringComparison.Ordinal) ? path.Split('/')[3] : null;

    /// <summary>A valid resident ID number (GB 11643), distinct per seed.</summary>
    public static string ResidentId(int seed)
    {
        var body = $"510682{1950 + seed % 50:0000}{1 + seed / 1000 % 12:00}{1 + seed / 12000 % 28:00}{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
