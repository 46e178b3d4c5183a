using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Storage;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Network.Grains.Hosting;

/// <summary>The Orleans storage the grains need, on PostgreSQL or in memory.</summary>
public static class SiloStorageExtensions
{
    private const string Invariant = "Npgsql";

    /// <summary>
    /// ADO.NET grain storage and reminders on PostgreSQL. Grain state is written with the Orleans
    /// serializer (the types are <c>[GenerateSerializer]</c> and version tolerant), not JSON, so
    /// value types such as <c>DivisionCode</c> round-trip exactly. States are read in batches
    /// (<see cref="BatchedReadGrainStorage"/>): grains activating together share one query.
    /// </summary>
    public static ISiloBuilder AddNetworkStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.AddAdoNetGrainStorage(StorageNames.Network, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Network)
            .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        silo.Services.AddOptions<GrainStateReadOptions>().BindConfiguration("Network:StateReads");
        silo.Services.AddSingleton(sp => new GrainStateBatchReader(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            sp.GetRequiredService<IOptions<GrainStateReadOptions>>(),
            sp.GetRequiredService<ILogger<GrainStateBatchReader>>()));
        // Replaces the provider's own registration under the same name; the provider's lifecycle
        // participant resolves this one, which hands the lifecycle on to the provider.
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Network, (sp, _) => new BatchedReadGrainStorage(
            AdoNetGrainStorageFactory.Create(sp, StorageNames.Network),
            sp.GetRequiredService<GrainStateBatchReader>(),
            StorageNames.Network,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            sp.GetRequiredService<Orleans.Serialization.Serializers.IActivatorProvider>()));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddNetworkGrains(connectionString);
        return silo;
    }

    /// <summary>Everything in memory: the loud fallback, and fast tests.</summary>
    public static ISiloBuilder AddNetworkStorageInMemory(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(StorageNames.Network);
        silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Network)
            .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        silo.UseInMemoryReminderService();
        silo.Services.AddNetworkGrainsInMemory();
        return silo;
    }
}
