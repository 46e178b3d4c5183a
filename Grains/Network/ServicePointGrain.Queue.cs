using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Live;
using Network.Grains.Queue;

namespace Network.Grains.Network;

/// <summary>
/// The point's queue figures (排队: people waiting with a ticket, and the longest wait): told one
/// way by the day's queue grain after every change, and read from the case store when the point
/// wakes (a read, not a call to the queue grain, which calls this point for its profile).
/// </summary>
public sealed partial class ServicePointGrain
{
    public async Task OnQueueChanged(QueueFigures figures)
    {
        var tracker = await TrackerAsync();
        tracker.SetQueue(figures);
        await RollUpNowOrLaterAsync();
    }

    private async Task SeedQueueAsync(PointLoadTracker tracker, DateOnly today)
    {
        var stored = await ServiceProvider.GetRequiredService<QueueRepository>().LoadAsync(QueueKeys.Of(Code, today));
        if (stored is not null)
        {
            tracker.SetQueue(QueueFigures.Of(stored));
        }
    }
}
