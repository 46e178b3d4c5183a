using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Network.Database;

namespace Network.Silo.Hosting;

/// <summary>
/// Settles the silo's storage before Orleans starts: starts the embedded PostgreSQL when asked
/// (falling back to memory, loudly, when the machine has no server binaries) and applies the
/// schema migrations, so the ADO.NET providers find their tables and stored queries. Migrations
/// run here, once per silo start, as the migration role (<c>ConnectionStrings:NetworkMigration</c>;
/// the embedded server's <c>network_migration</c>); the silo itself runs as its own role
/// (<c>ConnectionStrings:Network</c>; the embedded server's <c>network_silo</c>).
/// <c>Network:MigrateDatabase</c> false leaves the schema to <c>dbtool migrate</c>. A problem the
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

                if (configuration.GetValue("Network:MigrateDatabase", true))
                {
                    // The migration role (the schema's owner) when configured; otherwise the silo's
                    // own connection, as before roles (it then needs the owner's rights).
                    var migration = configuration.GetConnectionString("NetworkMigration");
                    await DatabaseMigrator.MigrateAsync(string.IsNullOrWhiteSpace(migration) ? connectionString : migration, logger, cancellationToken);
                }

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
                // Each process its own role: the migrations run as the schema's owner, the silo as
                // network_silo; the gateway's password is in the server folder's credentials/.
                var roles = await server.EnsureRolesAsync(logger, cancellationToken);
                await DatabaseMigrator.MigrateAsync(roles.Migration, logger, cancellationToken);
                return new ResolvedStorage(mode, roles.Silo, server);
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
