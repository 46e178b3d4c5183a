using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Assessment.Rules;

/// <summary>
/// Ranking order (排名), pure. Units are compared only with their peers: the same kind (point,
/// window, clerk) at points of the same tier (a village's window with villages' windows). Within a
/// group, a higher index ranks first; equal indexes share a rank and the next rank skips (1, 2, 2,
/// 4: "standard competition ranking"); tied units are listed by code. Units without a score are
/// not ranked and come last.
/// </summary>
public static class Rankings
{
    /// <summary>The peer group of a unit: its kind and its point's tier.</summary>
    public static (AssessmentUnitKind Kind, Tier Tier) PeerGroup(AssessmentUnit unit) => (unit.Kind, TierOf(unit.PointCode));

    /// <summary>The township a unit belongs to (the township itself or a village's parent); null for the city center's units.</summary>
    public static string? TownshipOf(string pointCode) => pointCode.Length switch
    {
        >= 9 => pointCode[..9],
        _ => null,
    };

    /// <summary>
    /// Ranks of <paramref name="scored"/> by index, highest first (standard competition ranking).
    /// Returns each unit's rank (null when it has no score) in display order.
    /// </summary>
    public static IReadOnlyList<(T Item, int? Rank)> Rank<T>(IEnumerable<T> scored, Func<T, decimal?> index, Func<T, string> code)
    {
        var ordered = scored
            .OrderBy(s => index(s) is null ? 1 : 0)
            .ThenByDescending(s => index(s) ?? 0m)
            .ThenBy(code, StringComparer.Ordinal)
            .ToArray();
        var ranked = new List<(T, int?)>(ordered.Length);
        int? rank = null;
        decimal? previous = null;
        for (var i = 0; i < ordered.Length; i++)
        {
            var value = index(ordered[i]);
            if (value is null)
            {
                ranked.Add((ordered[i], null));
                continue;
            }

            if (previous != value)
            {
                rank = i + 1;
                previous = value;
            }

            ranked.Add((ordered[i], rank));
        }

        return ranked;
    }

    private static Tier TierOf(string pointCode) => pointCode.Length switch
    {
        6 => Tier.City,
        9 => Tier.Township,
        _ => Tier.Village,
    };
}
