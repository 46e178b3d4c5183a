using Network.Gateway.Errors;

namespace Network.Gateway.Idempotency;

/// <summary>
/// Drains the <see cref="IdempotencyReleaseQueue"/>: releases each key, retrying with a growing
/// pause (from <see cref="FirstPause"/> up to <see cref="LongestPause"/>) while the database does
/// not answer, and giving up once the key's lease has lapsed by itself. So a key claimed just
/// before an outage is free within about <see cref="LongestPause"/> of PostgreSQL's return.
/// </summary>
public sealed class IdempotencyReleaseService(
    IdempotencyReleaseQueue queue,
    IdempotencyStore store,
    TimeProvider time,
    ILogger<IdempotencyReleaseService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var release in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await ReleaseAsync(release, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the leases lapse by themselves.
        }
    }

    private async Task ReleaseAsync(PendingRelease release, CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.ReleaseAsync(release.ClerkId, release.Key, stoppingToken);
                logger.LogInformation("Released the Idempotency-Key {Key} of {Clerk} after {Attempts} attempts, once the database answered again", release.Key, release.ClerkId, attempt);
                return;
            }
            catch (Exception e) when (GatewayExceptionHandler.IsInfrastructure(e) && !stoppingToken.IsCancellationRequested)
            {
                if (time.GetUtcNow() + pause >= release.Until)
                {
                    logger.LogWarning("Gave up releasing the Idempotency-Key {Key} of {Clerk}; its lease lapses by itself: {Error}", release.Key, release.ClerkId, e.Message);
                    return;
                }
            }

            await Task.Delay(pause, time, stoppingToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }
}
