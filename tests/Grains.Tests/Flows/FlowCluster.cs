using Microsoft.Extensions.Time.Testing;
using Network.Grains.Interfaces.Time;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Orleans.TestingHost;

namespace Network.Grains.Tests.Flows;

/// <summary>A cluster on the shared PostgreSQL with the test network defined and the trade's clock under the test's control.</summary>
public sealed class FlowCluster : IAsyncDisposable
{
    private FlowCluster(InProcessTestCluster cluster, FakeTimeProvider clock, string connectionString)
    {
        Cluster = cluster;
        Clock = clock;
        ConnectionString = connectionString;
    }

    /// <summary>The test's own database (fresh unless the test passed one to start again on).</summary>
    public string ConnectionString { get; }

    public InProcessTestCluster Cluster { get; }

    public FakeTimeProvider Clock { get; }

    public IGrainFactory Grains => Cluster.Client;

    public DateOnly Today => ChinaTime.DateOf(Clock.GetUtcNow());

    public static async Task<FlowCluster> StartAsync(PostgresFixture db, DateOnly day, short silos = 1, string? connectionString = null)
    {
        connectionString ??= await db.CreateDatabaseAsync();
        var clock = TestClusters.ClockAt(day);
        var cluster = await TestClusters.StartAsync(connectionString, clock, silos);
        await TestNetwork.DefineAsync(cluster.Client);
        return new FlowCluster(cluster, clock, connectionString);
    }

    /// <summary>Rows of the test's own database, read as every reader of the report rollups reads: after folding their inbox.</summary>
    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await FoldRollupsAsync();
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Folds the report rollups' inbox (Grains/Reports/Rollups/RollupFold.cs): every commit acknowledged so far counts in them.</summary>
    public async Task FoldRollupsAsync()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(ConnectionString);
        await global::Network.Grains.Reports.Rollups.RollupFold.AllAsync(dataSource);
    }

    /// <summary>Moves the trade's clock to 09:30 China time on <paramref name="day"/>.</summary>
    public void SetDay(DateOnly day) =>
        Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), ChinaTime.Offset));

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}
