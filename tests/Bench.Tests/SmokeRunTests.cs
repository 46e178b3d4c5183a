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
            Assert.False(root.GetProperty("pgbench").GetProperty("onMigratedServer").GetBoolean());
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

            AssertMemory(root.GetProperty("memory"));

            var targets = root.GetProperty("targets");
            foreach (var figure in new[] { "intakeTpsRatio", "intakeP99Ratio", "mixTpsRatio", "handOffP99Ratio", "memoryBytesPerPointRatio" })
            {
                Assert.True(targets.GetProperty(figure).GetDouble() > 0, figure);
            }

            AssertHttp(root.GetProperty("http"));

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

    /// <summary>The HTTP part ran against the real silo and gateway: P1, P2, P3 (gateway and bare), P5, and their ratios.</summary>
    private static void AssertHttp(JsonElement http)
    {
        foreach (var run in new[] { "intakePromised", "intakeMix", "handOff" })
        {
            AssertLatency(http.GetProperty(run).GetProperty("latency"));
            Assert.True(http.GetProperty(run).GetProperty("processCores").GetProperty("gateway").GetDouble() > 0, run);
        }

        Assert.True(http.GetProperty("intakeMix").GetProperty("matterRows").GetInt64() > 0);
        Assert.Equal(6, http.GetProperty("intakeMix").GetProperty("kinds").EnumerateObject().Count());
        foreach (var hub in new[] { "gateway", "bare" })
        {
            var live = http.GetProperty("liveDelay").GetProperty(hub);
            Assert.True(live.GetProperty("clients").GetInt32() > 0, hub);
            Assert.True(live.GetProperty("deliveriesReceived").GetInt64() > 0, hub);
            Assert.Equal(live.GetProperty("deliveriesExpected").GetInt64(), live.GetProperty("deliveriesReceived").GetInt64());
            Assert.True(live.GetProperty("delayFromSent").GetProperty("p99Ms").GetDouble() > 0, hub);
        }

        var staleness = http.GetProperty("cityStaleness");
        Assert.True(staleness.GetProperty("matters").GetInt32() > 0);
        Assert.True(staleness.GetProperty("loadsSeen").GetInt32() > 0);
        Assert.Equal(0, staleness.GetProperty("staleness").GetProperty("errors").GetInt64());

        var targets = http.GetProperty("targets");
        foreach (var figure in new[] { "p1TpsRatio", "p1P99Ratio", "p2P99Ratio", "p3P99Ratio", "p5P99OverInterval" })
        {
            Assert.True(targets.GetProperty(figure).GetDouble() > 0, figure);
        }
    }

    /// <summary>P4 ran with memory storage and through PostgreSQL (defined, then activated by a fresh silo process), every point activated.</summary>
    private static void AssertMemory(JsonElement memory)
    {
        var runs = memory.EnumerateArray().ToDictionary(m => m.GetProperty("storage").GetString()!);
        Assert.Equal(["memory", "postgres"], runs.Keys.Order());
        foreach (var run in runs.Values)
        {
            Assert.Equal(run.GetProperty("points").GetInt32(), run.GetProperty("pointsActivated").GetInt32());
            Assert.True(run.GetProperty("managedBytesPerPoint").GetDouble() > 0);
        }

        var postgres = runs["postgres"];
        Assert.Equal("a fresh silo process on the same database", postgres.GetProperty("activatedIn").GetString());
        Assert.True(postgres.GetProperty("activateResources").GetProperty("seconds").GetDouble() > 0);
        var database = postgres.GetProperty("database");
        Assert.True(database.GetProperty("databaseBytes").GetInt64() > 0);
        var pointRows = database.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("rows").GetInt64()).Max();
        Assert.True(pointRows >= postgres.GetProperty("points").GetInt32(), "every point's state is a row of the grain-state table");
    }

    private static void AssertLatency(JsonElement latency)
    {
        Assert.True(latency.GetProperty("operations").GetInt64() > 0);
        Assert.Equal(0, latency.GetProperty("errors").GetInt64());
        Assert.True(latency.GetProperty("operationsPerSecond").GetDouble() > 0);
        Assert.True(latency.GetProperty("p99Ms").GetDouble() >= latency.GetProperty("p50Ms").GetDouble());
    }
}
