using System.Collections.Concurrent;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// The unpacked profiles of the points this silo is asked about most. A point keeps its
/// definition packed (<see cref="PackedDefinition"/>, so a silo can hold a country's points), and
/// every intake asks its point's profile twice (the matter's context, the window's duty): unpacking
/// it each time was about 5 % of the silo's CPU under intake load. A profile is immutable; an entry
/// holds while the point's packed definition (the same object) and its number of children are
/// unchanged, so a redefined point or a new child is unpacked afresh. Bounded: when more than
/// <see cref="Capacity"/> profiles were added it starts again empty.
/// </summary>
public sealed class ServicePointProfileCache(int capacity = ServicePointProfileCache.DefaultCapacity)
{
    /// <summary>Profiles kept at most (a township's is a few kilobytes).</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _added;

    public int Capacity => capacity;

    /// <summary>The profile of <paramref name="code"/> as of <paramref name="definition"/> and <paramref name="children"/> children, unpacked only when not kept.</summary>
    public ServicePointProfile GetOrUnpack(string code, object definition, int children, Func<ServicePointProfile> unpack)
    {
        if (_entries.TryGetValue(code, out var kept) && ReferenceEquals(kept.Definition, definition) && kept.Children == children)
        {
            return kept.Profile;
        }

        var profile = unpack();
        if (Interlocked.Increment(ref _added) > capacity)
        {
            Interlocked.Exchange(ref _added, 0);
            _entries.Clear();
        }

        _entries[code] = new Entry(definition, children, profile);
        return profile;
    }

    private sealed record Entry(object Definition, int Children, ServicePointProfile Profile);
}
