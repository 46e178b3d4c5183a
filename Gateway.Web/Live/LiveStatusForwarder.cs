using Microsoft.AspNetCore.SignalR;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// This gateway's grain observer: the silos' publishers call it with batches of live envelopes;
/// it passes them through, untouched, to the SignalR groups each names — one "live" message per
/// group with the batch's <c>{ kind, payload }</c> items for that group, in the order they came.
/// It knows no kind: a new kind of live message needs no change here.
/// </summary>
public sealed class LiveStatusForwarder(IHubContext<LiveHub> hub, ILogger<LiveStatusForwarder> logger) : ILiveStatusObserver
{
    public Task OnMessages(IReadOnlyList<LiveMessage> messages)
    {
        var byGroup = messages
            .SelectMany(message => message.Groups.Distinct(StringComparer.Ordinal).Select(group => (group, item: new LiveItem(message.Kind, message.Payload))))
            .GroupBy(x => x.group, x => x.item, StringComparer.Ordinal);

        // Every group at once: SignalR serialises a group's message once per protocol and writes it
        // to the group's connections; one slow group does not hold up the others.
        return Task.WhenAll(byGroup.Select(group => SendAsync(group.Key, group.ToArray())));
    }

    private async Task SendAsync(string group, LiveItem[] items)
    {
        try
        {
            await hub.Clients.Group(group).SendAsync(LiveHub.Method, items);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send live status to {Group}", group);
        }
    }
}

/// <summary>One live message as a browser receives it: its kind and its payload (serialized by its own type).</summary>
public sealed record LiveItem(string Kind, object Payload);
