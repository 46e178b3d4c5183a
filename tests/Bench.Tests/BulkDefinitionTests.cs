using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Generation;
using Network.Bench.Hosting;
using Network.Bench.Loading;
using Network.Bench.Measuring;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Network.Testing;
using Npgsql;

namespace Network.Bench.Tests;

/// <summary>
/// The bench's bulk definition of points (<see cref="BulkPointDefiner"/>, used by <c>bench country</c>)
/// leaves in PostgreSQL exactly what defining the points through the grains leaves, so P4 measured
/// on it measures the activation of real, grain-defined points.
/// </summary>
public sealed class BulkDefinitionTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly NetworkShape Smoke = NetworkShape.Preset("smoke");

    [Fact]
    public async Task A_bulk_defined_point_reads_back_exactly_as_a_grain_defined_one()
    {
        ConsoleProgress.Enabled = false;
        var byGrains = await postgres.CreateDatabaseAsync();
        var inBulk = await postgres.CreateDatabaseAsync();
        await using (var silo = await BenchSilo.StartAsync(byGrains))
        {
            // One point at a time, so each parent lists its children in the generator's order, as the bulk definition does.
            await NetworkLoader.LoadAsync(silo.Grains, NetworkGenerator.Build(Smoke), parallelism: 1);
        }

        await using (var silo = await BenchSilo.StartAsync(inBulk))
        {
            var defined = await BulkPointDefiner.DefineAsync(silo.Services, NetworkGenerator.Generate(Smoke), CodesOf(Smoke), Smoke.Points);
            Assert.Equal(Smoke.Points, defined);
        }

        // The same rows of the grain-state table: key columns, service and payload, byte for byte.
        var expectedRows = await PointRowsAsync(byGrains);
        Assert.Equal(Smoke.Points, expectedRows.Count);
        Assert.Equal(expectedRows, await PointRowsAsync(inBulk));

        // A fresh silo on each activates every point from its row and answers the same profile.
        var expected = await ProfilesAsync(byGrains);
        var actual = await ProfilesAsync(inBulk);
        Assert.DoesNotContain("null", actual);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, p => p.Contains("\"children\":[{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_point_whose_parent_is_not_among_the_points_before_it_is_refused_before_anything_is_written()
    {
        ConsoleProgress.Enabled = false;
        var database = await postgres.CreateDatabaseAsync();
        var villagesOnly = NetworkGenerator.Generate(Smoke).Where(p => p.Tier == Tier.Village).ToArray();
        await using (var silo = await BenchSilo.StartAsync(database))
        {
            var e = await Assert.ThrowsAsync<DomainException>(() =>
                BulkPointDefiner.DefineAsync(silo.Services, villagesOnly, villagesOnly.Select(p => p.Code), villagesOnly.Length));
            Assert.Contains("parent", e.Message, StringComparison.Ordinal);
        }

        Assert.Empty(await PointRowsAsync(database));
    }

    [Fact]
    public async Task The_country_mode_activates_every_bulk_defined_point_from_PostgreSQL_and_removes_its_data_folder()
    {
        ConsoleProgress.Enabled = false;
        var output = Path.Combine(Path.GetTempPath(), $"network-bench-country-{Guid.NewGuid():N}.json");
        try
        {
            string[] args = ["country", "--storage", "postgres", "--preset", "smoke", "--out", output];
            // Exit code 1 when the server's data folder is still there afterwards.
            Assert.Equal(0, await CountryCommand.RunAsync(new CommandLine(args), args, CancellationToken.None));

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var run = Assert.Single(report.RootElement.GetProperty("memory").EnumerateArray().ToArray());
            Assert.Equal(MemoryResult.PostgresStorage, run.GetProperty("storage").GetString());
            Assert.Equal(MemoryResult.DefinedInBulk, run.GetProperty("definedBy").GetString());
            Assert.Equal(Smoke.Points, run.GetProperty("pointsActivated").GetInt32());
            Assert.True(run.GetProperty("managedBytesPerPoint").GetDouble() > 0);
            Assert.True(run.GetProperty("postgresCpuShare").GetDouble() >= 0);
            Assert.True(run.GetProperty("postgresBytesAtEnd").GetInt64() > 0);
            Assert.Contains(
                run.GetProperty("database").GetProperty("rows").EnumerateArray(),
                r => r.GetProperty("grainType").GetString() == ServicePointGrain.StateName && r.GetProperty("rows").GetInt64() == Smoke.Points);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task The_country_mode_refuses_memory_storage_before_anything_runs()
    {
        string[] args = ["country", "--storage", "memory"];
        var e = await Assert.ThrowsAsync<ArgumentException>(() => CountryCommand.RunAsync(new CommandLine(args), args, CancellationToken.None));
        Assert.Contains("bench memory", e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> CodesOf(NetworkShape shape) => NetworkGenerator.Codes(shape).Select(p => p.Code);

    /// <summary>Every point's row of the grain-state table, as text, in key order.</summary>
    private static async Task<List<string>> PointRowsAsync(string connectionString)
    {
        const string sql = """
            SELECT concat_ws('|', grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
                             coalesce(grainidextensionstring, '-'), serviceid, encode(payloadbinary, 'hex'))
            FROM orleansstorage WHERE graintypestring = $1
            ORDER BY grainidn1, grainidextensionstring
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = ServicePointGrain.StateName } } };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Every point's profile as a fresh silo on the database answers it, as JSON.</summary>
    private static async Task<List<string>> ProfilesAsync(string connectionString)
    {
        await using var silo = await BenchSilo.StartAsync(connectionString);
        var profiles = new List<string>();
        foreach (var code in CodesOf(Smoke))
        {
            profiles.Add(JsonSerializer.Serialize(await silo.Grains.Reference<IServicePointGrain>(code).GetProfile(), JsonSerializerOptions.Web));
        }

        return profiles;
    }
}
