using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Results;

namespace Network.Bench.Tests;

/// <summary>P4's options and verdict: which storages run, and which run the verdict is read from.</summary>
public sealed class MemoryOptionsTests
{
    [Fact]
    public void P4_runs_with_memory_storage_and_through_PostgreSQL_unless_told_otherwise()
    {
        Assert.Equal(["memory", "postgres"], BenchOptions.From(new CommandLine(["run"])).MemoryStorages);
        Assert.Equal(["postgres"], BenchOptions.From(new CommandLine(["run", "--memory-storage", "PostgreS"])).MemoryStorages);
    }

    [Fact]
    public void An_unknown_P4_storage_is_refused_before_anything_runs()
    {
        var e = Assert.Throws<ArgumentException>(() => BenchOptions.From(new CommandLine(["run", "--memory-storage", "memory,redis"])));
        Assert.Contains("redis", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_P4_verdict_is_the_largest_preset_through_PostgreSQL_with_its_time_projected_to_the_country()
    {
        MemoryResult Run(string preset, int points, string storage, double bytesPerPoint, double seconds) =>
            new(preset, points, points, 0, points, 1, seconds, 0, 0, 0, 0, bytesPerPoint, 0, 0) { Storage = storage };

        var verdict = Targets.P4Of(
        [
            Run("smoke", 10, "postgres", 9000, 1),
            Run("province", 21_433, "memory", 3000, 5),
            Run("province", 21_433, "postgres", 3500, 3),
        ])!;

        Assert.Equal(Math.Round(3500 / 4096.0, 3), verdict.BytesPerPointRatio);
        Assert.Equal(Math.Round(3.0 * 643_032 / 21_433 / 120, 3), verdict.ActivateSecondsRatio);
        Assert.True(verdict.Met);
        Assert.False(Targets.P4Of([Run("province", 21_433, "postgres", 3500, 10)])!.Met);
    }
}
