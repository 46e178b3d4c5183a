using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Grains;
using Network.Grains.Interfaces.Time;
using Network.Grains.Hosting;
using Orleans.TestingHost;

namespace Network.Testing;

/// <summary>
/// Builds in-process Orleans clusters for tests: real silos and a real client in this process,
/// with the project's storage either on PostgreSQL (ADO.NET grain storage and reminders, matters
/// and ledger through Npgsql) or in memory.
/// </summary>
public static class TestClusters
{
    /// <param name="connectionString">PostgreSQL for all storage, or null for memory.</param>
    /// <param name="time">The trade's clock (deadlines, flags); Orleans keeps the real one.</param>
    /// <param name="silos">How many silos; with more than one, grain calls cross silo boundaries.</param>
    /// <param name="configureSilo">Anything more a test adds to each silo (a grain call filter that records, say).</param>
    public static async Task<InProcessTestCluster> StartAsync(string? connectionString = null, TimeProvider? time = null, short silos = 1, Action<ISiloBuilder>? configureSilo = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        // Grain state in ADO.NET storage is keyed by service id: every test cluster is the same
        // service, so a new cluster finds what an earlier one wrote.
        builder.Options.ServiceId = "network-tests";
        builder.ConfigureSilo((_, silo) =>
        {
            if (connectionString is not null)
            {
                silo.AddNetworkStorage(connectionString);
            }
            else
            {
                silo.AddNetworkStorageInMemory();
            }

            configureSilo?.Invoke(silo);
        });
        builder.ConfigureSiloHost((_, host) =>
        {
            if (time is not null)
            {
                host.Services.AddKeyedSingleton(ChinaTime.ClockKey, time);
            }
        });

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>A fake clock at 09:30 China time on <paramref name="day"/>.</summary>
    public static FakeTimeProvider ClockAt(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), ChinaTime.Offset));
}
