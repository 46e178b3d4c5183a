using Network.Testing;

namespace Network.Bench.Tests;

/// <summary>
/// The grain-level benchmarks host a silo in the bench process, so the bench must start with the
/// runtime settings the silo ships with (read from both builds' runtime configuration files, as
/// <c>Network.Gateway.Tests.RuntimeSettingsTests</c> reads the silo's and the gateway's): otherwise
/// the grain-level figures measure a silo that production does not run.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_bench_hosts_its_silo_with_the_silos_GC_JIT_and_thread_pool_settings()
    {
        var silo = RuntimeConfig.Settings("Silo", "Network.Silo");
        var bench = RuntimeConfig.Settings(Path.Combine("bench", "Network.Bench"), "Network.Bench");

        Assert.True(bench.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(silo.GetProperty("System.GC.Server").GetBoolean(), bench.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(bench.TryGetProperty("System.Runtime.TieredPGO", out _), "PGO is the runtime's default (on), as in the silo");
        Assert.Equal(0, bench.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
        Assert.Equal(
            silo.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32(),
            bench.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
