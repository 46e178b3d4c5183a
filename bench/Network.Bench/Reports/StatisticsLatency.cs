using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Network.Bench.Http;
using Network.Bench.Measuring;

namespace Network.Bench.Reports;

/// <summary>
/// Report latency through the real read path: the gateway's statistics route
/// (<c>GET /api/points/{city}/statistics?period=…&amp;subtree=true&amp;by=point</c>, one call of the
/// statistics grain, which sums the report rollups for the period and the period before), read by
/// each city's director. A <b>city-month</b> is one such read. A <b>province-quarter</b> is the
/// quarter of every city of the province read at once (the product has no province point or role,
/// and the rollups are keyed by city): its latency is the time until the last city's answer.
/// Every distinct period is read once untimed first; then reads go one after another.
/// </summary>
public static class StatisticsLatency
{
    /// <param name="Name">e.g. <c>city-month</c>.</param>
    /// <param name="Path">The request (one of them).</param>
    /// <param name="Reads">Timed reads.</param>
    /// <param name="Sample">Figures of one read (the first period), to show the report counted the data.</param>
    public sealed record Result(string Name, string Path, int Reads, LatencySummary Latency, IReadOnlyDictionary<string, long> Sample);

    public static async Task<Result> CityMonthAsync(GatewayClient client, IReadOnlyList<string> cities, int year, int reads, CancellationToken cancellationToken)
    {
        var periods = cities.SelectMany(c => Enumerable.Range(1, 12).Select(m => (City: c, Day: new DateOnly(year, m, 15)))).ToArray();
        return await MeasureAsync(
            "city-month",
            client,
            periods.Select(p => new[] { Request(p.City, "month", p.Day) }).ToArray(),
            reads,
            cancellationToken);
    }

    public static async Task<Result> ProvinceQuarterAsync(GatewayClient client, IReadOnlyList<string> cities, int year, int reads, CancellationToken cancellationToken)
    {
        var quarters = Enumerable.Range(0, 4).Select(q => new DateOnly(year, (q * 3) + 2, 15)).ToArray();
        return await MeasureAsync(
            "province-quarter",
            client,
            quarters.Select(d => cities.Select(c => Request(c, "quarter", d)).ToArray()).ToArray(),
            reads,
            cancellationToken);
    }

    private static (string Director, string Path) Request(string city, string period, DateOnly day) =>
        ("d-" + city, string.Create(CultureInfo.InvariantCulture, $"/api/points/{city}/statistics?period={period}&day={day:yyyy-MM-dd}&subtree=true&by=point"));

    private static async Task<Result> MeasureAsync(string name, GatewayClient client, (string Director, string Path)[][] reports, int reads, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = client.Address, Timeout = TimeSpan.FromMinutes(5) };
        Dictionary<string, long>? sample = null;
        foreach (var report in reports)
        {
            var figures = await ReadAsync(http, client, report, cancellationToken);
            sample ??= figures;
        }

        var latencies = new double[reads];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await ReadAsync(http, client, reports[i % reports.Length], cancellationToken);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new Result(name, reports[0][0].Path, reads, LatencySummary.From(latencies, 1, watch.Elapsed.TotalSeconds, 0), sample ?? []);
    }

    /// <summary>Reads every request of one report at once; the summed headline figures of the answers.</summary>
    private static async Task<Dictionary<string, long>> ReadAsync(HttpClient http, GatewayClient client, (string Director, string Path)[] report, CancellationToken cancellationToken)
    {
        var answers = await Task.WhenAll(report.Select(async r =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, r.Path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await client.TokenAsync(r.Director));
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{r.Path} answered {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
            }

            return text;
        }));
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            using var json = JsonDocument.Parse(answer);
            foreach (var figure in json.RootElement.GetProperty("total").EnumerateObject())
            {
                if (figure.Value.ValueKind == JsonValueKind.Number && figure.Value.TryGetInt64(out var n))
                {
                    sums[figure.Name] = sums.GetValueOrDefault(figure.Name) + n;
                }
            }
        }

        return sums;
    }
}
