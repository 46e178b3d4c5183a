using Network.Grains.Interfaces.Network;

namespace Network.Grains.Oversight;

/// <summary>Reads the profiles of the points a command concerns (each once), for the oversight kinds' contexts.</summary>
internal static class OversightProfiles
{
    public static async Task<IReadOnlyDictionary<string, ServicePointProfile>> ReadAsync(IGrainFactory grains, IEnumerable<string?> points)
    {
        var profiles = new Dictionary<string, ServicePointProfile>(StringComparer.Ordinal);
        foreach (var code in points.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal))
        {
            if (DivisionCode.TryParse(code, out var parsed, out _)
                && await grains.GetGrain<IServicePointGrain>(parsed.Value).GetProfile() is { } profile)
            {
                profiles[code!] = profile;
            }
        }

        return profiles;
    }
}
