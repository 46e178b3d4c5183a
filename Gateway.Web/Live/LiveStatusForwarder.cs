using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// This gateway's grain observer: the silos' publishers call it with batches of live envelopes;
/// it passes them through, untouched, to the SignalR groups each names — one "live" message per
/// group with the batch's <c>{ kind, payload }</c> items for that group, in the order they came,
/// each message once per group however often it names the group. Each item is serialised to JSON
/// once, whatever the number of groups and clients it goes to (SignalR then writes the group's
/// message once per protocol and copies it to every connection). It answers the silo once the
/// batch is handed to SignalR, without waiting for the clients, so one slow client or group holds
/// up neither the others nor the silo's next batch. It knows no kind: a new kind of live message
/// needs no change here. One guard: a public group (<see cref="LiveGroups.IsPublic"/>, members not
/// signed in) gets only payloads marked <see cref="IPublicLivePayload"/>; anything else addressed to
/// one is dropped there (and logged), so a grain that names the wrong group leaks nothing.
/// </summary>
public sealed class LiveStatusForwarder(IHubContext<LiveHub> hub, IOptions<JsonHubProtocolOptions> json, ILogger<LiveStatusForwarder> logger) : ILiveStatusObserver
{
    public Task OnMessages(IReadOnlyList<LiveMessage> messages)
    {
        foreach (var (group, items) in ByGroup(messages))
        {
            _ = SendAsync(group, items);
        }

        return Task.CompletedTask;
    }

    /// <summary>Each group named in the batch with its items, in the batch's order, each message once per group.</summary>
    internal Dictionary<string, List<SerializedLiveItem>> ByGroup(IReadOnlyList<LiveMessage> messages)
    {
        var byGroup = new Dictionary<string, List<SerializedLiveItem>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            SerializedLiveItem? item = null;
            foreach (var group in message.Groups)
            {
                if (message.Payload is not IPublicLivePayload && LiveGroups.IsPublic(group))
                {
                    logger.LogWarning("A live {Kind} message that is not public was addressed to {Group}; not sent there", message.Kind, group);
                    continue;
                }

                if (!byGroup.TryGetValue(group, out var items))
                {
                    byGroup[group] = items = [];
                }
                else if (item is not null && items.Count > 0 && ReferenceEquals(items[^1], item))
                {
                    continue;
                }

                items.Add(item ??= SerializedLiveItem.Of(message, json.Value.PayloadSerializerOptions));
            }
        }

        return byGroup;
    }

    private async Task SendAsync(string group, List<SerializedLiveItem> items)
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
