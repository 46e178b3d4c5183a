using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Measuring;
using Network.Bench.Results;

namespace Network.Bench.Tests;

/// <summary>`bench run --smoke`: the whole runner at tiny sizes writes a well-formed report with every figure.</summary>
public sealed class SmokeRunTests
{
    [Fact]
    public async Task A_smoke_run_writes_json_and_html_with_every_figure_present()
    {
        ConsoleProgress.Enabled = false;
        var folder = Path.Combine(Path.GetTempPath(), "network-bench-smoke-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var options = BenchOptions.From(new CommandLine(["run", "--smoke", "--out", folder]));
            var report = await BenchRunner.RunAsync(options, "bench run --smoke", CancellationToken.None);
            var (json, html) = await ReportWriter.WriteAsync(report, folder);

            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var root = document.RootElement;
            Assert.Equal("smoke", root.GetProperty("mode").GetString());
            Assert.True(root.GetProperty("pgbench").GetProperty("tps").GetDouble() > 0);
            AssertLatency(root.GetProperty("pgbench").GetProperty("latency"));
            AssertLatency(root.GetProperty("grainCalls").GetProperty("calls"));
            foreach (var run in new[] { "intakePromised", "intakeMix", "intakeInMemoryStore" })
            {
                AssertLatency(root.GetProperty(run).GetProperty("latency"));
            }

            Assert.Equal(5, root.GetProperty("intakeMix").GetProperty("kinds").EnumerateObject().Count());
            Assert.True(root.GetProperty("intakePromised").GetProperty("matterRows").GetInt64() > 0);
            AssertLatency(root.GetProperty("proxyHandOff").GetProperty("handOff"));
            AssertLatency(root.GetProperty("storageProbes").GetProperty("grainStateWrites"));
            AssertLatency(root.GetProperty("storageProbes").GetProperty("reminderRegistrations"));

            var memory = Assert.Single(root.GetProperty("memory").EnumerateArray());
            Assert.Equal(memory.GetProperty("points").GetInt32(), memory.GetProperty("pointsActivated").GetInt32());
            Assert.True(memory.GetProperty("managedBytesPerPoint").GetDouble() > 0);

            var targets = root.GetProperty("targets");
            foreach (var figure in new[] { "intakeTpsRatio", "intakeP99Ratio", "mixTpsRatio", "handOffP99Ratio", "memoryBytesPerPointRatio" })
            {
                Assert.True(targets.GetProperty(figure).GetDouble() > 0, figure);
            }

            var page = await File.ReadAllTextAsync(html);
            Assert.Contains("<svg", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script src", page, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void AssertLatency(JsonElement latency)
    {
        Assert.True(latency.GetProperty("operations").GetInt64() > 0);
        Assert.Equal(0, latency.GetProperty("errors").GetInt64());
        Assert.True(latency.GetProperty("operationsPerSecond").GetDouble() > 0);
        Assert.True(latency.GetProperty("p99Ms").GetDouble() >= latency.GetProperty("p50Ms").GetDouble());
    }
}
