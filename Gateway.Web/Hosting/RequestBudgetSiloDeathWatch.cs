using Microsoft.Extensions.Options;
using Network.Gateway.Data;
using Network.ServiceDefaults;

namespace Network.Gateway.Hosting;

/// <summary>
/// Reads the membership table every <c>Gateway:SiloDeathWatchMilliseconds</c> for silos of this
/// cluster newly declared dead and raises a <see cref="RequestBudgetSiloLoss"/> for each; it also
/// tells whether any silo is active at all (none: calls are not sent again, the cluster is away). The
/// client has no other way to learn it: a call that was out on the dead silo is never answered
/// (Orleans breaks only the calls silos make, not those a client sent through a gateway), and a
/// silo the gateway had no connection to closes none. Silos dead before the gateway started are
/// not news. Paced by the real clock, like Orleans' own membership timers.
/// </summary>
public sealed class RequestBudgetSiloDeathWatch(
    GatewayDatabase database,
    RequestBudgetSiloLoss losses,
    IConfiguration configuration,
    IOptions<GatewayOptions> options,
    ILogger<RequestBudgetSiloDeathWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMilliseconds(options.Value.SiloDeathWatchMilliseconds);
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        var clusterId = OrleansIdentity.From(configuration).ClusterId;
        HashSet<string>? known = null;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (dead, anyActive) = await SilosAsync(clusterId, stoppingToken);
                foreach (var silo in known is null ? [] : dead.Except(known))
                {
                    losses.Raise($"silo {silo} was declared dead");
                }

                known = dead;
                losses.SilosActive(anyActive);
                failing = false;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is down or busy: the connections' own closing still signals losses,
                // and the silos are taken to be there.
                losses.SilosActive(true);
                if (!failing)
                {
                    logger.LogWarning("Cannot read the membership table for dead silos: {Error}", e.Message);
                }

                failing = true;
            }

            try
            {
                await Task.Delay(every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The silos declared dead (status 6) and whether any is active (status 3).</summary>
    private async Task<(HashSet<string> Dead, bool AnyActive)> SilosAsync(string clusterId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT address, port, generation, status FROM orleansmembershiptable WHERE deploymentid = $1 AND status IN (3, 6)");
        command.Parameters.AddWithValue(clusterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var dead = new HashSet<string>(StringComparer.Ordinal);
        var anyActive = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt32(3) == 6)
            {
                dead.Add($"{reader.GetString(0)}:{reader.GetInt32(1)}@{reader.GetInt32(2)}");
            }
            else
            {
                anyActive = true;
            }
        }

        return (dead, anyActive);
    }
}
