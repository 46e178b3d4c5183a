using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Network.Database;

namespace Network.Silo.Hosting;

/// <summary>
/// Settles the silo's storage before Orleans starts: starts the embedded PostgreSQL when asked
/// (falling back to memory, loudly, when the machine has no server binaries) and applies the
/// schema migrations, so the ADO.NET providers find their tables and stored queries. A problem the
/// operator can fix (the port taken, no reachable folder) surfaces as <see cref="LocalPostgresStartException"/>.
/// </summary>
public static class StorageBootstrap
{
    /// <summary>Resolves the configured storage mode into a ready connection string (or memory).</summary>
    public static async Task<ResolvedStorage> ResolveAsync(IConfiguration configuration, string contentRoot, ILogger logger, CancellationToken cancellationToken = default)
    {
        var mode = configuration.GetValue("Network:Storage", StorageMode.Embedded);
        switch (mode)
        {
            case StorageMode.PostgreSql:
            {
                var connectionString = configuration.GetConnectionString("Network");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Network:Storage is PostgreSql but ConnectionStrings:Network is empty.");
                }

                await DatabaseMigrator.MigrateAsync(connectionString, logger, cancellationToken);
                return new ResolvedStorage(mode, connectionString, null);
            }

            case StorageMode.Embedded when LocalPostgres.FindBinaries(configuration["Network:Embedded:BinDirectory"]) is null:
                WarnMemory(logger, "no PostgreSQL server binaries were found under /usr/lib/postgresql");
                return new ResolvedStorage(StorageMode.Memory, null, null);

            case StorageMode.Embedded:
            {
                var directory = Path.GetFullPath(configuration["Network:Embedded:Directory"] ?? ".data/postgres", contentRoot);
                var server = await LocalPostgres.StartAsync(
                    new LocalPostgresOptions
                    {
                        RootDirectory = directory,
                        Port = configuration.GetValue("Network:Embedded:Port", 5433),
                        BinDirectory = configuration["Network:Embedded:BinDirectory"],
                        FallbackBaseDirectory = configuration["Network:Embedded:FallbackDirectory"],
                        PortSetting = "Network:Embedded:Port (environment Network__Embedded__Port; scripts/run.sh: EMBEDDED_PG_PORT)",
                    },
                    logger,
                    cancellationToken);
                await DatabaseMigrator.MigrateAsync(server.ConnectionString, logger, cancellationToken);
                return new ResolvedStorage(mode, server.ConnectionString, server);
            }

            default:
                WarnMemory(logger, "Network:Storage is Memory");
                return new ResolvedStorage(StorageMode.Memory, null, null);
        }
    }

    private static void WarnMemory(ILogger logger, string why)
    {
        const string bar = "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!";
        logger.LogWarning(
            "{Bar}\n  RUNNING ON IN-MEMORY STORAGE: {Why}.\n  Matters, ledger, points and reminders are LOST when the silo stops.\n  Install PostgreSQL (apt-get install postgresql) or set ConnectionStrings:Network.\n{Bar}",
            bar, why, bar);
    }
}
