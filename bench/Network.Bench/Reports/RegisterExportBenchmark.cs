using System.Diagnostics;
using System.Net.Http.Headers;
using Network.Bench.Hosting;
using Network.Bench.Http;
using Network.Bench.Measuring;

namespace Network.Bench.Reports;

/// <summary>
/// A whole city-year's register (台帐) exported through the real gateway and silo processes, as a
/// city director downloads it: <c>GET /api/points/{city}/register.csv|xlsx?period=year&amp;subtree=true</c>
/// (Gateway.Web/Reports: batches of 1,000 lines from the query grain, streamed). The body is read
/// and thrown away as it arrives; lines are counted in the CSV. Both processes' resident memory is
/// sampled throughout.
/// </summary>
public static class RegisterExportBenchmark
{
    public sealed record Result(
        string Format,
        long Rows,
        long Bytes,
        double Seconds,
        double RowsPerSecond,
        double FirstByteMs,
        ProcessPeak Gateway,
        ProcessPeak Silo);

    /// <summary>Resident memory of a process before the export, at its peak during it, and the peak's growth.</summary>
    public sealed record ProcessPeak(long BeforeBytes, long PeakBytes, long GrowthBytes, long HighWaterMarkBytes);

    public static async Task<Result> RunAsync(HttpCluster cluster, GatewayClient client, string city, int year, string format, CancellationToken cancellationToken)
    {
        var director = "d-" + city;
        var token = await client.TokenAsync(director);
        using var http = new HttpClient { BaseAddress = cluster.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/points/{city}/register.{format}?period=year&day={year}-06-30&subtree=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Settle what the sign-in left behind, so the figures are the export's.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        await using var gateway = ProcessMemory.Watch(cluster.Gateway.Id);
        await using var silo = ProcessMemory.Watch(cluster.Silo.Id);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"register.{format} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[81920];
        long bytes = 0, lines = 0;
        double firstByte = -1;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (firstByte < 0)
            {
                firstByte = watch.Elapsed.TotalMilliseconds;
            }

            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var rows = format == "csv" ? lines - 1 : 0;
        return new Result(
            format,
            rows,
            bytes,
            Math.Round(seconds, 3),
            rows > 0 ? Math.Round(rows / seconds, 1) : 0,
            Math.Round(firstByte, 1),
            Peak(gateway, cluster.Gateway.Id),
            Peak(silo, cluster.Silo.Id));
    }

    private static ProcessPeak Peak(ProcessMemory memory, int pid) =>
        new(memory.Before, memory.Peak, memory.Peak - memory.Before, ProcessMemory.HighWaterMark(pid));
}
