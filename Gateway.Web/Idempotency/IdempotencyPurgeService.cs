using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;

namespace Network.Gateway.Idempotency;

/// <summary>
/// Deletes idempotency keys older than <see cref="IdempotencyPurgeOptions.RetentionHours"/> (the
/// gateway's claims and the keys the case store recorded with an intake alike), every
/// <see cref="IdempotencyPurgeOptions.PurgeIntervalMinutes"/>, in batches, on every gateway (the
/// batches skip rows another gateway is deleting). The clock is the <see cref="TimeProvider"/>.
/// A purged key is unknown from then on: a request sent again with it runs as a new one.
/// </summary>
public sealed class IdempotencyPurgeService(
    IdempotencyStore store,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<IdempotencyPurgeService> logger) : BackgroundService
{
    /// <summary>Deletes every key first used before now minus the retention, batch by batch; returns how many.</summary>
    public async Task<long> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Idempotency;
        var cutoff = time.GetUtcNow() - TimeSpan.FromHours(settings.RetentionHours);
        var batch = Math.Max(1, settings.PurgeBatchSize);
        long total = 0;
        int deleted;
        do
        {
            deleted = await store.PurgeAsync(cutoff, batch, cancellationToken);
            total += deleted;
        }
        while (deleted == batch);

        if (total > 0)
        {
            logger.LogInformation("Purged {Count} idempotency keys first used before {Cutoff:O}", total, cutoff);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(0.01, options.Value.Idempotency.PurgeIntervalMinutes));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PurgeOnceAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database away, or a role without DELETE: never a reason to stop the gateway.
                    logger.LogWarning("Could not purge idempotency keys now; trying again in {Interval}: {Error}", interval, e.Message);
                }

                await Task.Delay(interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
