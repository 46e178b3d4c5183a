using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>
/// The runtime settings the silo and gateway ship with, read from the runtime configuration files
/// their builds write (what <c>dotnet Network.Silo.dll</c> starts with): each was chosen by a
/// measurement (docs/benchmarks.md, docs/live-path.md, docs/speed-gc-tail.md), so none may go or
/// change silently with an edit of a project file or an SDK's default.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_silo_runs_server_GC_with_a_profile_guided_JIT_and_no_thread_pool_spinning()
    {
        var settings = RuntimeConfig.Settings("Silo", "Network.Silo");

        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.TryGetProperty("System.Runtime.TieredPGO", out _), "PGO is the runtime's default (on): nothing may turn it off");
        Assert.Equal(0, settings.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    [Fact]
    public void The_gateway_runs_concurrent_workstation_GC_without_a_profile_guided_JIT_or_thread_pool_spinning()
    {
        var settings = RuntimeConfig.Settings("Gateway.Web", "Network.Gateway");

        Assert.False(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.TryGetProperty("System.GC.Concurrent", out var concurrent) && !concurrent.GetBoolean(), "background GC is the runtime's default (on)");
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(0, settings.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
