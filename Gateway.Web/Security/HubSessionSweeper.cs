using Microsoft.Extensions.Options;
using Network.Gateway.Hosting;

namespace Network.Gateway.Security;

/// <summary>
/// Every <c>Gateway:SessionRevalidateSeconds</c> (on the gateway's <see cref="TimeProvider"/>):
/// closes the hub connections whose session has ended, so a disabled clerk's feed stops within
/// the window even when the clerk calls nothing; and deletes sessions that ended a day ago.
/// </summary>
public sealed class HubSessionSweeper(
    HubSessions hubs,
    SessionStore sessions,
    TimeProvider clock,
    IOptions<GatewayOptions> options,
    ILogger<HubSessionSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.SessionRevalidateSeconds));
        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await hubs.RevalidateAsync(null, stoppingToken);
            await sessions.PurgeAsync(KeepEnded, stoppingToken);
        }
        catch (Exception e) when (Errors.GatewayExceptionHandler.IsInfrastructure(e) && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Session sweep failed, retried next period: {Error}", e.Message);
        }
    }
}
