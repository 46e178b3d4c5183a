using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Network.Bench.Results;

/// <summary>The report as one self-contained HTML page: inline SVG charts, a table of the figures, the raw JSON.</summary>
public static class HtmlReport
{
    private const string Ours = "#2b6cb0";
    private const string Yardstick = "#a0aec0";
    private const string Guide = "#e2e8f0";

    public static string Render(BenchReport r)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Network benchmarks</title>");
        html.Append("<style>body{font-family:sans-serif;margin:24px;max-width:820px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}td:first-child,th:first-child{text-align:left}pre{font-size:11px;background:#f7f7f7;padding:8px;overflow:auto}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Network benchmarks ({E(r.Mode)})</h1><p>{E(r.MeasuredAt.ToString("u", CultureInfo.InvariantCulture))} · {E(r.Machine.CpuModel)} · {r.Machine.Processors} cores · {r.Machine.MemoryGiB} GiB · {E(r.Machine.Runtime)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><code>{E(r.CommandLine)}</code></p>");

        html.Append(SvgBarChart.Render(
            "Durable writes per second",
            "per s",
            [
                ("pgbench -N (measured)", r.Pgbench.Tps, Yardstick),
                ("intake: promised (P1)", r.IntakePromised.Latency.OperationsPerSecond, Ours),
                ("intake: realistic mix", r.IntakeMix.Latency.OperationsPerSecond, Ours),
                ("intake: memory store (diagnostic)", r.IntakeInMemoryStore.Latency.OperationsPerSecond, Guide),
                ("ADO.NET grain state writes", r.StorageProbes.GrainStateWrites.OperationsPerSecond, Yardstick),
                ("ADO.NET reminder registrations", r.StorageProbes.ReminderRegistrations.OperationsPerSecond, Yardstick),
                ("guide: pgbench -N", r.Yardsticks.GuidePgbenchTps, Guide),
                ("guide: ADO.NET grain writes", r.Yardsticks.GuideAdoNetGrainWritesHigh, Guide),
            ],
            r.Pgbench.Tps,
            "P1 ≥ pgbench TPS"));
        html.Append(SvgBarChart.Render(
            "Latency p99",
            "ms",
            [
                ("pgbench -N", r.Pgbench.Latency.P99Ms, Yardstick),
                ("intake: promised (P1)", r.IntakePromised.Latency.P99Ms, Ours),
                ("intake: realistic mix", r.IntakeMix.Latency.P99Ms, Ours),
                ("proxy hand-off, 3 commits (P2)", r.ProxyHandOff.HandOff.P99Ms, Ours),
            ],
            r.Pgbench.Latency.P99Ms * 3,
            "P1 ≤ 3× pgbench p99"));
        html.Append(SvgBarChart.Render(
            "Grain calls per second (in-memory path)",
            "per s",
            [("trivial grain (measured)", r.GrainCalls.Calls.OperationsPerSecond, Ours), ("guide", r.Yardsticks.GuideInMemoryGrainCalls, Guide)]));
        if (r.Memory.Count > 0)
        {
            html.Append(SvgBarChart.Render(
                "Managed heap per activated idle point",
                "bytes",
                r.Memory.Select(m => ($"{m.Preset}, {m.Storage} ({m.Points:N0} points)", m.ManagedBytesPerPoint, Ours)).ToArray(),
                Benchmarks.MemoryResult.TargetBytesPerPoint,
                "P4 ≤ 4 KiB"));
        }

        html.Append("<h2>Figures</h2><table><tr><th>run</th><th>ops/s</th><th>p50 ms</th><th>p99 ms</th><th>ops</th><th>errors</th><th>callers</th></tr>");
        Row(html, r.Pgbench.Command, r.Pgbench.Tps, r.Pgbench.Latency);
        Row(html, "grain calls (trivial grain)", r.GrainCalls.Calls.OperationsPerSecond, r.GrainCalls.Calls);
        Row(html, "intake: " + r.IntakePromised.Name, r.IntakePromised.Latency.OperationsPerSecond, r.IntakePromised.Latency);
        Row(html, "intake: " + r.IntakeMix.Name, r.IntakeMix.Latency.OperationsPerSecond, r.IntakeMix.Latency);
        Row(html, "intake: " + r.IntakeInMemoryStore.Name, r.IntakeInMemoryStore.Latency.OperationsPerSecond, r.IntakeInMemoryStore.Latency);
        Row(html, "proxy hand-off (HandUp ×2 + Decide)", r.ProxyHandOff.HandOff.OperationsPerSecond, r.ProxyHandOff.HandOff);
        Row(html, "ADO.NET grain state writes (probe)", r.StorageProbes.GrainStateWrites.OperationsPerSecond, r.StorageProbes.GrainStateWrites);
        Row(html, "ADO.NET reminder registrations (probe)", r.StorageProbes.ReminderRegistrations.OperationsPerSecond, r.StorageProbes.ReminderRegistrations);
        html.Append("</table>");
        var t = r.Targets;
        html.Append(CultureInfo.InvariantCulture, $"<h2>Targets</h2><ul><li>P1 intake TPS / pgbench TPS = {t.IntakeTpsRatio:0.###} (target ≥ 1.0); p99 / pgbench p99 = {t.IntakeP99Ratio:0.##} (target ≤ 3): <b>{(t.P1Met ? "met" : "not met")}</b></li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>Mix TPS ratio {t.MixTpsRatio:0.###}, p99 ratio {t.MixP99Ratio:0.##}</li><li>P2 hand-off p99 / pgbench p99 = {t.HandOffP99Ratio:0.##}</li>");
        if (t.MemoryBytesPerPointRatio is { } m)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>P4 bytes per point / 4 KiB = {m:0.###}; country activation from PostgreSQL / 120 s = {t.MemoryActivateSecondsRatio:0.###}: <b>{(t.P4Met == true ? "met" : "not met")}</b></li>");
        }

        html.Append("</ul>");
        if (r.Http is { } http)
        {
            HttpHtml.Append(html, http, r.Pgbench);
        }

        html.Append("<h2>Raw</h2><pre>");
        html.Append(E(JsonSerializer.Serialize(r, ReportWriter.Options)));
        html.Append("</pre></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string name, double rate, Measuring.LatencySummary l) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}</td><td>{rate:N0}</td><td>{l.P50Ms:0.###}</td><td>{l.P99Ms:0.###}</td><td>{l.Operations:N0}</td><td>{l.Errors}</td><td>{l.Concurrency}</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
