using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Network.Grains.Tests.Infrastructure;
using Network.Silo.Hosting;

namespace Network.Grains.Tests.Persistence;

public sealed class StorageBootstrapTests
{
    [Fact]
    public async Task Without_PostgreSQL_binaries_the_silo_falls_back_to_memory_with_a_loud_warning()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Network:Storage"] = "Embedded",
                ["Network:Embedded:BinDirectory"] = "/nonexistent/postgresql/bin",
            })
            .Build();
        var logger = new RecordingLogger();

        var storage = await StorageBootstrap.ResolveAsync(configuration, Path.GetTempPath(), logger);

        Assert.Equal(StorageMode.Memory, storage.Mode);
        Assert.Null(storage.ConnectionString);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("IN-MEMORY STORAGE", warning.Message, StringComparison.Ordinal);
        Assert.Contains("no PostgreSQL server binaries", warning.Message, StringComparison.Ordinal);
        Assert.Contains("NOTHING SURVIVES", storage.Describe(), StringComparison.Ordinal);
    }
}
