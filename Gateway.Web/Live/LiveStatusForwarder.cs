using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;

namespace Network.Gateway.Live;

/// <summary>
/// This gateway's grain observer: the silos' publishers call it with batches of live envelopes;
/// it passes them through, untouched, to the SignalR groups each names — one "live" message per
/// group with the items for that group, in the order they came, each message once per group
/// however often it names the group. Each item is serialised to JSON once, whatever the number of
/// groups and clients it goes to (SignalR then writes the group's message once per protocol and
/// copies it to every connection). It knows no kind: a new kind of live message needs no change
/// here. One guard: a public group (<see cref="LiveGroups.IsPublic"/>, members not signed in) gets
/// only payloads marked <see cref="IPublicLivePayload"/>; anything else addressed to one is dropped
/// there (and logged), so a grain that names the wrong group leaks nothing. A group none of this
/// gateway's connections is in (<see cref="LiveGroupMembers"/>) is skipped: the silos send such
/// messages only while they do not yet know the gateway's set, or for another group of the message.
/// <para>
/// A silo's batch is answered as soon as it is queued here, not once it is sent: the silo's next
/// batch does not wait for this gateway's fan-out and a round trip. One loop sends, in arrival
/// order; while it sends, what arrives queues, and its next pass sends everything queued
/// together (one message per group for all of it) — batching only what is queued, no timer. So a
/// busy gateway writes fewer, larger messages to each connection instead of falling behind. The
/// queue is bounded (<see cref="MaxWaitingBatches"/>): past it a silo's call waits for room, and
/// the silo's own bounded queue takes over. One slow client or group holds up no other.
/// </para>
/// </summary>
public sealed class LiveStatusForwarder : ILiveStatusObserver, IAsyncDisposable, IDisposable
{
    /// <summary>Batches from the silos that may wait for the sending loop before a silo's call waits too.</summary>
    public const int MaxWaitingBatches = 1024;

    /// <summary>The most messages one pass of the loop sends together.</summary>
    public const int MaxPerPass = 512;

    private readonly IHubContext<LiveHub> _hub;
    private readonly JsonHubProtocolOptions _json;
    private readonly ILogger<LiveStatusForwarder> _logger;
    private readonly LiveGroupMembers _members;
    private readonly Channel<IReadOnlyList<LiveMessage>> _waiting = Channel.CreateBounded<IReadOnlyList<LiveMessage>>(
        new BoundedChannelOptions(MaxWaitingBatches) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _sending;

    public LiveStatusForwarder(IHubContext<LiveHub> hub, IOptions<JsonHubProtocolOptions> json, LiveGroupMembers members, ILogger<LiveStatusForwarder> logger)
    {
        _hub = hub;
        _members = members;
        _json = json.Value;
        _logger = logger;
        using (ExecutionContext.SuppressFlow())
        {
            _sending = Task.Run(SendLoopAsync);
        }
    }

    /// <summary>Queues the batch for the sending loop; completes at once unless the queue is full.</summary>
    public Task OnMessages(IReadOnlyList<LiveMessage> messages) =>
        _waiting.Writer.TryWrite(messages) ? Task.CompletedTask : _waiting.Writer.WriteAsync(messages).AsTask();

    /// <summary>Stops taking batches; the loop sends what is queued and ends.</summary>
    public void Dispose() => _waiting.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _sending;
    }

    /// <summary>Each group named in the messages with its items, in their order, each message once per group.</summary>
    internal Dictionary<string, List<SerializedLiveItem>> ByGroup(IReadOnlyList<LiveMessage> messages)
    {
        var byGroup = new Dictionary<string, List<SerializedLiveItem>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            SerializedLiveItem? item = null;
            foreach (var group in message.Groups)
            {
                if (!_members.Has(group))
                {
                    // No connection of this gateway is in the group: nothing to serialise or send.
                    continue;
                }

                if (message.Payload is not IPublicLivePayload && LiveGroups.IsPublic(group))
                {
                    _logger.LogWarning("A live {Kind} message that is not public was addressed to {Group}; not sent there", message.Kind, group);
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

                items.Add(item ??= SerializedLiveItem.Of(message, _json.PayloadSerializerOptions));
            }
        }

        return byGroup;
    }

    /// <summary>Sends everything queued, pass after pass, until the gateway stops.</summary>
    private async Task SendLoopAsync()
    {
        var reader = _waiting.Reader;
        var pass = new List<LiveMessage>(MaxPerPass);
        while (await reader.WaitToReadAsync())
        {
            pass.Clear();
            while (pass.Count < MaxPerPass && reader.TryRead(out var batch))
            {
                pass.AddRange(batch);
            }

            try
            {
                foreach (var (group, items) in ByGroup(pass))
                {
                    _ = SendAsync(group, items);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A payload that cannot be serialised: its pass is lost, not the loop.
                _logger.LogError(e, "Could not send a pass of {Count} live messages", pass.Count);
            }
        }
    }

    private async Task SendAsync(string group, List<SerializedLiveItem> items)
    {
        try
        {
            await _hub.Clients.Group(group).SendAsync(LiveHub.Method, items);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not send live status to {Group}", group);
        }
    }
}
