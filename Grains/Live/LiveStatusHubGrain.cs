using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>
/// The registry of gateway observers and of the silos' publishers, in memory; both renew their
/// registrations. When the gateway list changes, the hub tells every publisher before the change's
/// call returns, so publishers never ask for the list on the path of a change. Versions start from
/// the clock, so a new activation's lists are newer than an old one's. A gateway's list entry
/// carries the groups it has members for (<see cref="LiveInterest"/>); a new set of groups is a
/// change of the list, told to every publisher before the call returns; a renewal with the same set
/// is not. Kept in memory only: a new activation learns each gateway's set from its next renewal.
/// </summary>
public sealed class LiveStatusHubGrain(IOptions<LiveStatusOptions> options, TimeProvider time, ILogger<LiveStatusHubGrain> logger)
    : Grain, ILiveStatusHubGrain, ILivePublisherDirectory
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(5);
    private readonly Dictionary<string, Registration> _gateways = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ILiveGatewayListObserver Publisher, DateTimeOffset Expires)> _publishers = new(StringComparer.Ordinal);
    private long _version = time.GetUtcNow().UtcTicks;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var sweep = options.Value.RegistrationLifetime / 4;
        this.RegisterGrainTimer(ExpireAsync, sweep, sweep);
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task Register(string gatewayId, ILiveStatusObserver observer)
    {
        var changed = !_gateways.TryGetValue(gatewayId, out var known) || !known.Observer.Equals(observer) || known.Interest is not null;
        _gateways[gatewayId] = new Registration(observer, time.GetUtcNow() + options.Value.RegistrationLifetime, null);
        if (changed)
        {
            await ChangedAsync();
        }
    }

    public async Task Register(string gatewayId, ILiveStatusObserver observer, LiveInterest interest)
    {
        var expires = time.GetUtcNow() + options.Value.RegistrationLifetime;
        if (_gateways.TryGetValue(gatewayId, out var known) && known.Observer.Equals(observer) && known.Interest is { } had)
        {
            if (interest.Version <= had.Interest.Version || had.Wants.SetEquals(interest.Groups))
            {
                // A renewal, or a set older than the one the publishers have: only the lifetime changes.
                _gateways[gatewayId] = known with { Expires = expires, Interest = interest.Version > had.Interest.Version ? had with { Interest = interest } : had };
                return;
            }
        }

        _gateways[gatewayId] = new Registration(observer, expires, new Wanted(interest, interest.Groups.ToHashSet(StringComparer.Ordinal)));
        await ChangedAsync();
    }

    public async Task Unregister(string gatewayId)
    {
        if (_gateways.Remove(gatewayId))
        {
            await ChangedAsync();
        }
    }

    public Task<GatewayList> Subscribe(string publisherId, ILiveGatewayListObserver publisher)
    {
        _publishers[publisherId] = (publisher, time.GetUtcNow() + options.Value.RegistrationLifetime);
        return Task.FromResult(Current());
    }

    public Task Unsubscribe(string publisherId)
    {
        _publishers.Remove(publisherId);
        return Task.CompletedTask;
    }

    private GatewayList Current() => new(_version, _gateways.Values.Select(g => new GatewayEntry(g.Observer, g.Interest?.Interest.Groups)).ToArray());

    private async Task ExpireAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var gone in _publishers.Where(p => p.Value.Expires < now).Select(p => p.Key).ToList())
        {
            _publishers.Remove(gone);
        }

        var expired = _gateways.Where(g => g.Value.Expires < now).Select(g => g.Key).ToList();
        foreach (var gone in expired)
        {
            _gateways.Remove(gone);
        }

        if (expired.Count > 0)
        {
            await ChangedAsync();
        }
    }

    /// <summary>A new version of the list, told to every publisher (each bounded in time; one that does not answer is dropped until it renews).</summary>
    private async Task ChangedAsync()
    {
        _version++;
        var list = Current();
        var publishers = _publishers.ToArray();
        var told = await Task.WhenAll(publishers.Select(async p =>
        {
            try
            {
                await p.Value.Publisher.OnGateways(list).WaitAsync(PushTimeout);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Live status publisher {Publisher} did not take the gateway list; dropped until it renews", p.Key);
                return false;
            }
        }));
        for (var i = 0; i < publishers.Length; i++)
        {
            if (!told[i])
            {
                _publishers.Remove(publishers[i].Key);
            }
        }
    }

    /// <summary>A gateway's registration: its observer, when it expires, and the groups it wants (null: everything).</summary>
    private sealed record Registration(ILiveStatusObserver Observer, DateTimeOffset Expires, Wanted? Interest);

    /// <summary>A gateway's set as it sent it, and as a set to compare the next one with.</summary>
    private sealed record Wanted(LiveInterest Interest, HashSet<string> Wants);
}
