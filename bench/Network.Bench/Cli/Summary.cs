using Network.Bench.Results;

namespace Network.Bench.Cli;

/// <summary>The closing summary of a run on the console, with the guide's yardsticks beside.</summary>
public static class Summary
{
    public static void Print(BenchReport r)
    {
        var y = r.Yardsticks;
        var t = r.Targets;
        Console.WriteLine();
        Console.WriteLine($"Machine: {r.Machine.CpuModel}, {r.Machine.Processors} cores, {r.Machine.MemoryGiB} GiB");
        Console.WriteLine($"pgbench -N            {r.Pgbench.Tps,10:N0} TPS   p50 {r.Pgbench.Latency.P50Ms,7:0.##} ms  p99 {r.Pgbench.Latency.P99Ms,7:0.##} ms   (guide ≈ {y.GuidePgbenchTps:N0} TPS)");
        Console.WriteLine($"grain calls (memory)  {r.GrainCalls.Calls.OperationsPerSecond,10:N0} /s    p50 {r.GrainCalls.Calls.P50Ms,7:0.##} ms  p99 {r.GrainCalls.Calls.P99Ms,7:0.##} ms   (guide ≈ {y.GuideInMemoryGrainCalls:N0}/s)");
        foreach (var run in new[] { r.IntakePromised, r.IntakeMix, r.IntakeInMemoryStore })
        {
            Console.WriteLine($"intake: {run.Name,-48} {run.Latency.OperationsPerSecond,8:N0} /s  p50 {run.Latency.P50Ms,7:0.##} ms  p99 {run.Latency.P99Ms,7:0.##} ms  errors {run.Latency.Errors}");
        }

        var p = r.StorageProbes;
        Console.WriteLine($"ADO.NET grain writes  {p.GrainStateWrites.OperationsPerSecond,10:N0} /s    p50 {p.GrainStateWrites.P50Ms,7:0.##} ms  p99 {p.GrainStateWrites.P99Ms,7:0.##} ms   (guide ≈ {y.GuideAdoNetGrainWritesLow:N0}–{y.GuideAdoNetGrainWritesHigh:N0}/s)");
        Console.WriteLine($"ADO.NET reminders     {p.ReminderRegistrations.OperationsPerSecond,10:N0} /s    p50 {p.ReminderRegistrations.P50Ms,7:0.##} ms  p99 {p.ReminderRegistrations.P99Ms,7:0.##} ms");
        Console.WriteLine($"proxy hand-off (P2)   p50 {r.ProxyHandOff.HandOff.P50Ms:0.##} ms  p99 {r.ProxyHandOff.HandOff.P99Ms:0.##} ms  = {t.HandOffP99Ratio:0.##}× pgbench p99");
        foreach (var m in r.Memory)
        {
            PrintMemory(m);
        }

        if (r.Http is { } h)
        {
            var ht = h.Targets;
            foreach (var run in new[] { h.IntakePromised, h.IntakeMix, h.HandOff })
            {
                Console.WriteLine($"HTTP: {run.Name,-48} {run.Latency.OperationsPerSecond,8:N0} /s  p50 {run.Latency.P50Ms,7:0.##} ms  p99 {run.Latency.P99Ms,7:0.##} ms  errors {run.Latency.Errors}  {CpuPerOperation(run.ProcessCores, run.Latency.OperationsPerSecond)}");
                Console.Write(Live.LiveReport.GcLines("HTTP " + run.Name, run.Gc).TrimStart('\n') is { Length: > 0 } gc ? gc + "\n" : string.Empty);
            }

            var g = h.LiveDelay.Gateway;
            var b = h.LiveDelay.Bare;
            Console.WriteLine($"P3 ({g.Clients:N0} clients): gateway p50 {g.DelayFromSent.P50Ms:0.#} / p99 {g.DelayFromSent.P99Ms:0.#} ms from send ({g.DelayFromReturned.P99Ms:0.#} from return); bare p50 {b.DelayFromSent.P50Ms:0.#} / p99 {b.DelayFromSent.P99Ms:0.#} ms ({b.DelayFromReturned.P99Ms:0.#}); delivered {g.DeliveriesReceived:N0}/{g.DeliveriesExpected:N0}");
            Console.Write(Live.LiveReport.GcLines("P3 gateway run", g.Gc).TrimStart('\n') + Live.LiveReport.GcLines("P3 bare run", b.Gc) + (g.Gc is null ? string.Empty : "\n"));
            Console.WriteLine($"P5: city staleness p50 {h.CityStaleness.Staleness.P50Ms:0.#} ms, p99 {h.CityStaleness.Staleness.P99Ms:0.#} ms (interval {h.CityStaleness.RollUpIntervalMs:0} ms)");
            Console.WriteLine($"HTTP P1: {ht.P1TpsRatio:0.###}× TPS, p99 {ht.P1P99Ratio:0.##}×: {(ht.P1Met ? "met" : "NOT met")}; P2 {ht.P2P99Ratio:0.##}×: {(ht.P2Met ? "met" : "NOT met")}; P3 {ht.P3P99Ratio:0.##}×: {(ht.P3Met ? "met" : "NOT met")}; P5 {ht.P5P99OverInterval:0.##}× interval: {(ht.P5Met ? "met" : "NOT met")}");
        }

        Console.WriteLine($"P1: {t.IntakeTpsRatio:0.###}× pgbench TPS (≥ 1.0), p99 {t.IntakeP99Ratio:0.##}× pgbench p99 (≤ 3): {(t.P1Met ? "met" : "NOT met")}");
        if (t.P4Met is { } p4)
        {
            Console.WriteLine($"P4: {t.MemoryBytesPerPointRatio:0.###}× 4 KiB per point, country activation {t.MemoryActivateSecondsRatio:0.###}× 120 s: {(p4 ? "met" : "NOT met")}");
        }
    }

    public static void PrintMemory(Benchmarks.MemoryResult m) =>
        Console.WriteLine(
            $"P4 ({m.Preset}, {m.Storage}, {m.Points:N0} points): defined in {m.DefineSeconds:N1} s, activated {m.PointsActivated:N0} in {m.ActivateSeconds:N1} s " +
            $"({m.ActivationsPerSecond:N0}/s; country ≈ {m.ProjectedCountryActivateSeconds:N0} s); {m.ManagedBytesPerPoint:N0} B/point managed, " +
            $"{m.WorkingSetBytesPerPoint:N0} B/point working set ({m.WorkingSetBytesAtEndPerPoint:N0} B/point whole process); country ≈ {m.ProjectedCountryGiB} GiB heap" +
            (m.Database is { } d ? $"; database {d.DatabaseBytes / (1 << 20):N0} MiB" : string.Empty) +
            (m.PostgresCpuShare is { } share && m.ActivateResources is { } r
                ? $"; CPU while activating: silo {r.BenchProcessCores:0.##} cores, PostgreSQL {r.PostgresCores:0.##} ({share:P0} of the two), other processes {r.OtherProcessesCores:0.##}"
                : string.Empty) +
            (m.PostgresBytesAtEnd is { } pg ? $"; PostgreSQL's memory {pg / (1 << 20):N0} MiB Pss ({m.PostgresMemoryShare:P0} of silo + server)" : string.Empty) +
            (m.DefinedBy is { } by ? $"; defined by {by}" : string.Empty) +
            $"; load average {m.LoadAverageBefore} → {m.LoadAverageAfter}");

    /// <summary>The silo's and the gateway's CPU per operation (ms), and the gateway's tiered-compilation part of it.</summary>
    public static string CpuPerOperation(IReadOnlyDictionary<string, double> cores, double perSecond)
    {
        string Ms(string process) => cores.TryGetValue(process, out var c) && perSecond > 0 ? (c * 1000 / perSecond).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "?";
        return $"CPU per op: silo {Ms("silo")} ms, gateway {Ms("gateway")} ms (of which JIT ≥ {Ms("gateway.jit")})";
    }
}
