using Microsoft.Extensions.Options;
using Network.Gateway.Data;
using Network.ServiceDefaults;

namespace Network.Gateway.Hosting;

/// <summary>
/// Reads the membership table every <c>Gateway:SiloDeathWatchMilliseconds</c> for silos of this
/// cluster newly declared dead and raises a <see cref="RequestBudgetSiloLoss"/> for each. The
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
                var dead = await DeadSilosAsync(clusterId, stoppingToken);
                foreach (var silo in known is null ? [] : dead.Except(known))
                {
                    losses.Raise($"silo {silo} was declared dead");
                }

                known = dead;
                failing = false;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is down or busy: the connections' own closing still signals losses.
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

    private async Task<HashSet<string>> DeadSilosAsync(string clusterId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT address, port, generation FROM orleansmembershiptable WHERE deploymentid = $1 AND status = 6");
        command.Parameters.AddWithValue(clusterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var dead = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            dead.Add($"{reader.GetString(0)}:{reader.GetInt32(1)}@{reader.GetInt32(2)}");
        }

        return dead;
    }
}
