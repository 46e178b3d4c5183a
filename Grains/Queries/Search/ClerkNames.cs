using Network.Grains.Interfaces.Network;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The names of the clerks a page of matters mentions, from the rosters of the points it involves
/// (windows' A and B clerks, directors, proxy agents): screens show names, not ids.
/// </summary>
public static class ClerkNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IGrainFactory grains, IEnumerable<string> pointCodes)
    {
        var profiles = await Task.WhenAll(pointCodes.Distinct(StringComparer.Ordinal)
            .Select(code => grains.GetGrain<IServicePointGrain>(code).GetProfile()));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            if (profile is null)
            {
                continue;
            }

            foreach (var clerk in profile.Windows.SelectMany(w => new[] { w.ClerkA, w.ClerkB }).Concat(profile.Directors).Concat(profile.ProxyAgents))
            {
                names.TryAdd(clerk.Id, clerk.Name);
            }
        }

        return names;
    }
}
