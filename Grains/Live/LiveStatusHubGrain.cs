using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Live;

/// <summary>The registry of gateway observers; registrations live in memory and are renewed by the gateways.</summary>
public sealed class LiveStatusHubGrain(IOptions<LiveStatusOptions> options, TimeProvider time) : Grain, ILiveStatusHubGrain
{
    private readonly Dictionary<string, (ILiveStatusObserver Observer, DateTimeOffset Expires)> _gateways = new(StringComparer.Ordinal);
    private long _version = 1;

    public Task Register(string gatewayId, ILiveStatusObserver observer)
    {
        if (!_gateways.TryGetValue(gatewayId, out var known) || !known.Observer.Equals(observer))
        {
            _version++;
        }

        _gateways[gatewayId] = (observer, time.GetUtcNow() + options.Value.RegistrationLifetime);
        return Task.CompletedTask;
    }

    public Task Unregister(string gatewayId)
    {
        if (_gateways.Remove(gatewayId))
        {
            _version++;
        }

        return Task.CompletedTask;
    }

    public Task<GatewayList?> GetObservers(long knownVersion)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _gateways.Where(g => g.Value.Expires < now).Select(g => g.Key).ToList())
        {
            _gateways.Remove(expired);
            _version++;
        }

        return Task.FromResult(knownVersion == _version ? null : new GatewayList(_version, _gateways.Values.Select(g => g.Observer).ToArray()));
    }
}
