using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.OnlineFiling.Files;

/// <summary>
/// Removes uploaded files that no online application lists (<see cref="IApplicationFileStore.PurgeOrphansAsync"/>):
/// an upload stores its bytes first and then commits the case that records them, so a silo that
/// dies between the two leaves bytes without a record (never served: the grain serves only files its
/// state lists). Every <see cref="OnlineFilingOptions.OrphanPurgeIntervalMinutes"/>, on every silo
/// (a row two silos reach at once is deleted once), it removes such files older than
/// <see cref="OnlineFilingOptions.OrphanGraceMinutes"/>. Times are the trade's clock, the one that
/// stamps <c>stored_at</c>.
/// </summary>
public sealed class OrphanedFilePurgeService(
    IApplicationFileStore files,
    IOptions<OnlineFilingOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time,
    ILogger<OrphanedFilePurgeService> logger) : BackgroundService
{
    /// <summary>Removes every orphaned file stored before now minus the grace, batch by batch; returns how many.</summary>
    public async Task<long> PurgeOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(Math.Max(0, settings.OrphanGraceMinutes));
        var batch = Math.Max(1, settings.OrphanPurgeBatchSize);
        long total = 0;
        int removed;
        do
        {
            removed = await files.PurgeOrphansAsync(cutoff, batch, cancellationToken);
            total += removed;
        }
        while (removed == batch);

        if (total > 0)
        {
            logger.LogWarning("Removed {Count} uploaded files stored before {Cutoff:O} that no online application lists", total, cutoff);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(0.01, options.Value.OrphanPurgeIntervalMinutes));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // First wait: a silo starting up has other work; orphans can wait an interval.
                await Task.Delay(interval, time, stoppingToken);
                try
                {
                    await PurgeOnceAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database away for a while: never a reason to stop the silo.
                    logger.LogWarning("Could not remove orphaned uploads now; trying again in {Interval}: {Error}", interval, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
