using Network.Grains.Interfaces.Network;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The names a page of matters mentions, from the definitions of the points it involves: clerks
/// (windows' A and B clerks, directors, proxy agents), windows and points. Screens show names, not ids.
/// </summary>
public sealed class ClerkNames
{
    private readonly Dictionary<string, string> _clerks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _points = new(StringComparer.Ordinal);

    /// <summary>Names known from no roster (tests, or a page without matters).</summary>
    public static ClerkNames None { get; } = new();

    public static async Task<ClerkNames> ReadAsync(IGrainFactory grains, IEnumerable<string> pointCodes)
    {
        var profiles = await Task.WhenAll(pointCodes.Distinct(StringComparer.Ordinal)
            .Select(code => grains.GetGrain<IServicePointGrain>(code).GetProfile()));
        var names = new ClerkNames();
        foreach (var profile in profiles)
        {
            if (profile is not null)
            {
                names.Add(profile);
            }
        }

        return names;
    }

    public void Add(ServicePointProfile profile)
    {
        _points.TryAdd(profile.Code.Value, profile.Name);
        foreach (var window in profile.Windows)
        {
            _windows.TryAdd($"{profile.Code.Value}/{window.Id}", window.Name);
        }

        foreach (var clerk in profile.Windows.SelectMany(w => new[] { w.ClerkA, w.ClerkB }).Concat(profile.Directors).Concat(profile.ProxyAgents))
        {
            _clerks.TryAdd(clerk.Id, clerk.Name);
        }
    }

    /// <summary>The clerk's name, or null when no roster read names them.</summary>
    public string? Clerk(string clerkId) => _clerks.GetValueOrDefault(clerkId);

    /// <summary>The window's name, or its id when the point's definition does not name it.</summary>
    public string Window(string pointCode, string windowId) => _windows.GetValueOrDefault($"{pointCode}/{windowId}", windowId);

    /// <summary>The point's name, or its code.</summary>
    public string Point(string pointCode) => _points.GetValueOrDefault(pointCode, pointCode);
}
