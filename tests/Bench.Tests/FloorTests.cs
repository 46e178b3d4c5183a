using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Measuring;
using Network.Bench.Results;

namespace Network.Bench.Tests;

/// <summary>`bench floor`: Orleans' own cost per operation, beside the CPU budget per intake that issue 15's ratios leave.</summary>
public sealed class FloorTests
{
    [Fact]
    public void The_budget_per_intake_is_the_machines_cores_over_the_target_rate()
    {
        var pgbench = new PgBenchResult("pgbench -N", 5000, LatencySummary.From([1.0], 64, 1, 0), Resources(postgresCores: 1.8));
        var machine = new MachineInfo("test", 2, 1, "linux", ".NET");
        var report = new FloorReport(DateTimeOffset.UnixEpoch, "bench floor", machine, "0 0 0", "0 0 0", pgbench, []);

        Assert.Equal(0.5, report.GrainBudgetMs);      // 2 cores × 1000 ms / (0.8 × 5,000/s)
        Assert.Equal(0.8, report.HttpBudgetMs);       // 2 cores × 1000 ms / (0.5 × 5,000/s)
        Assert.Equal(0.36, report.PgbenchCpuMsPerTransaction);
        Assert.Null((report with { Pgbench = null }).GrainBudgetMs);
    }

    [Fact]
    public async Task A_smoke_floor_run_writes_every_phase_with_its_cost_per_operation()
    {
        ConsoleProgress.Enabled = false;
        var folder = Path.Combine(Path.GetTempPath(), "network-bench-floor-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string[] args = ["floor", "--smoke", "--out", folder];
            Assert.Equal(0, await FloorCommand.RunAsync(new CommandLine(args), args, CancellationToken.None));

            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "floor.json")));
            var root = document.RootElement;
            Assert.True(root.GetProperty("pgbench").GetProperty("tps").GetDouble() > 0);
            Assert.True(root.GetProperty("grainBudgetMs").GetDouble() > 0);
            var phases = root.GetProperty("phases").EnumerateArray().ToArray();
            Assert.Equal(3, phases.Length);
            foreach (var phase in phases)
            {
                Assert.True(phase.GetProperty("latency").GetProperty("operations").GetInt64() > 0, phase.GetProperty("name").GetString());
                Assert.Equal(0, phase.GetProperty("latency").GetProperty("errors").GetInt64());
                Assert.True(phase.GetProperty("cpuMsPerOperation").GetDouble() > 0, phase.GetProperty("name").GetString());
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static ResourceSample Resources(double postgresCores) =>
        new(Seconds: 1, BenchProcessCores: 0, PostgresCores: postgresCores, MachineCores: 2, OtherProcessesCores: 0, AllocatedMbPerSecond: 0, GcPausePercent: 0, Gen0Collections: 0, Gen1Collections: 0, Gen2Collections: 0);
}
