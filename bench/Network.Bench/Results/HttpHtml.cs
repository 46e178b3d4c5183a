using System.Globalization;
using System.Net;
using System.Text;
using Network.Bench.Benchmarks;
using Network.Bench.Http;
using Network.Bench.Measuring;

namespace Network.Bench.Results;

/// <summary>The HTTP part of the report page: charts against pgbench and the bare broadcast, the figures, the targets.</summary>
public static class HttpHtml
{
    private const string Ours = "#2b6cb0";
    private const string Yardstick = "#a0aec0";

    public static void Append(StringBuilder html, HttpReport h, PgBenchResult pgbench)
    {
        var l = h.LiveDelay;
        html.Append(CultureInfo.InvariantCulture, $"<h2>Through the HTTP gateway (real silo and gateway processes; {h.Network.Points} points, {h.Callers} clients)</h2>");
        html.Append(SvgBarChart.Render(
            "HTTP: durable writes per second",
            "per s",
            [
                ("pgbench -N (measured)", pgbench.Tps, Yardstick),
                ("HTTP intake: promised", h.IntakePromised.Latency.OperationsPerSecond, Ours),
                ("HTTP intake: realistic mix (P1)", h.IntakeMix.Latency.OperationsPerSecond, Ours),
            ],
            pgbench.Tps,
            "P1 ≥ pgbench TPS"));
        html.Append(SvgBarChart.Render(
            "HTTP: latency p99",
            "ms",
            [
                ("pgbench -N", pgbench.Latency.P99Ms, Yardstick),
                ("HTTP intake: promised", h.IntakePromised.Latency.P99Ms, Ours),
                ("HTTP intake: realistic mix (P1)", h.IntakeMix.Latency.P99Ms, Ours),
                ("HTTP hand-off, 3 calls (P2)", h.HandOff.Latency.P99Ms, Ours),
            ],
            pgbench.Latency.P99Ms * 3,
            "≤ 3× pgbench p99"));
        html.Append(SvgBarChart.Render(
            $"Change → SignalR client, p99, {l.Gateway.Clients:N0} clients",
            "ms",
            [
                ("bare broadcast, from send", l.Bare.DelayFromSent.P99Ms, Yardstick),
                ("gateway (P3), from send", l.Gateway.DelayFromSent.P99Ms, Ours),
                ("bare broadcast, from return", l.Bare.DelayFromReturned.P99Ms, Yardstick),
                ("gateway (P3), from return", l.Gateway.DelayFromReturned.P99Ms, Ours),
            ],
            l.Bare.DelayFromSent.P99Ms * HttpTargets.P3P99Limit,
            $"P3 ≤ {HttpTargets.P3P99Limit}× bare"));
        html.Append(SvgBarChart.Render(
            "City monitor staleness (P5)",
            "ms",
            [("p50", h.CityStaleness.Staleness.P50Ms, Ours), ("p99", h.CityStaleness.Staleness.P99Ms, Ours), ("roll-up interval", h.CityStaleness.RollUpIntervalMs, Yardstick)],
            h.CityStaleness.RollUpIntervalMs * HttpTargets.P5IntervalMultiple,
            $"P5 ≤ {HttpTargets.P5IntervalMultiple}× interval"));

        html.Append("<table><tr><th>HTTP run</th><th>ops/s</th><th>p50 ms</th><th>p99 ms</th><th>ops</th><th>errors</th><th>clients</th><th>silo cores</th><th>gateway cores</th><th>PostgreSQL cores</th></tr>");
        Row(html, "intake: " + h.IntakePromised.Name, h.IntakePromised.Latency, h.IntakePromised);
        Row(html, "intake: " + h.IntakeMix.Name, h.IntakeMix.Latency, h.IntakeMix);
        Row(html, h.HandOff.Name, h.HandOff.Latency, h.HandOff);
        Row(html, "P3 gateway: delay from send", l.Gateway.DelayFromSent, null);
        Row(html, "P3 gateway: delay from return", l.Gateway.DelayFromReturned, null);
        Row(html, "P3 bare: delay from send", l.Bare.DelayFromSent, null);
        Row(html, "P3 bare: delay from return", l.Bare.DelayFromReturned, null);
        Row(html, "P5 city staleness", h.CityStaleness.Staleness, null);
        html.Append("</table>");

        var t = h.Targets;
        html.Append(CultureInfo.InvariantCulture, $"<ul><li>P1 (HTTP, mix): TPS / pgbench = {t.P1TpsRatio:0.###} (≥ 1.0), p99 / pgbench p99 = {t.P1P99Ratio:0.##} (≤ 3): <b>{Met(t.P1Met)}</b>; promised only: {t.PromisedTpsRatio:0.###}, {t.PromisedP99Ratio:0.##}</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>P2 (HTTP): hand-off p99 / pgbench p99 = {t.P2P99Ratio:0.##} (≤ 3): <b>{Met(t.P2Met)}</b></li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>P3: p99 / bare p99 = {t.P3P99Ratio:0.##} from send, {t.P3P99RatioFromReturned:0.##} from return (≤ {HttpTargets.P3P99Limit} from send): <b>{Met(t.P3Met)}</b>; deliveries {l.Gateway.DeliveriesReceived:N0} of {l.Gateway.DeliveriesExpected:N0}</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>P5: staleness p99 / roll-up interval ({h.CityStaleness.RollUpIntervalMs:0} ms) = {t.P5P99OverInterval:0.##} (≤ {HttpTargets.P5IntervalMultiple}): <b>{Met(t.P5Met)}</b></li></ul>");
    }

    private static void Row(StringBuilder html, string name, LatencySummary l, HttpIntakeRun? run) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(name)}</td><td>{l.OperationsPerSecond:N0}</td><td>{l.P50Ms:0.###}</td><td>{l.P99Ms:0.###}</td><td>{l.Operations:N0}</td><td>{l.Errors}</td><td>{l.Concurrency}</td><td>{Cores(run, "silo")}</td><td>{Cores(run, "gateway")}</td><td>{(run is null ? "" : run.Resources.PostgresCores.ToString("0.##", CultureInfo.InvariantCulture))}</td></tr>");

    private static string Cores(HttpIntakeRun? run, string process) =>
        run is not null && run.ProcessCores.TryGetValue(process, out var c) ? c.ToString("0.##", CultureInfo.InvariantCulture) : "";

    private static string Met(bool met) => met ? "met" : "not met";
}
