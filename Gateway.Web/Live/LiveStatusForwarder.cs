using Microsoft.AspNetCore.SignalR;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// This gateway's grain observer: the silos' publishers call it with batches; it forwards each
/// batch to the SignalR groups concerned, one message per group.
/// </summary>
public sealed class LiveStatusForwarder(IHubContext<LiveHub> hub, ILogger<LiveStatusForwarder> logger) : ILiveStatusObserver
{
    public Task OnMatterChanges(IReadOnlyList<MatterChanged> changes) =>
        SendAsync("matters", changes, c => c.Points.SelectMany(p => new[] { LiveGroups.Point(p), LiveGroups.City(p) })
            .Append(LiveGroups.Matter(c.ReceiptNumber)));

    public Task OnLoads(IReadOnlyList<PointLoad> loads) =>
        SendAsync("loads", loads, l => l.Subtree
            ? [LiveGroups.Subtree(l.PointCode), LiveGroups.City(l.PointCode)]
            : [LiveGroups.Point(l.PointCode), LiveGroups.City(l.PointCode)]);

    private async Task SendAsync<T>(string method, IReadOnlyList<T> items, Func<T, IEnumerable<string>> groupsOf)
    {
        var byGroup = items
            .SelectMany(item => groupsOf(item).Distinct().Select(group => (group, item)))
            .GroupBy(x => x.group, x => x.item);
        foreach (var group in byGroup)
        {
            try
            {
                await hub.Clients.Group(group.Key).SendAsync(method, group.ToArray());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not send live status to {Group}", group.Key);
            }
        }
    }
}
