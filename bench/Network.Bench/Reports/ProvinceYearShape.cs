using Network.Bench.Generation;
using Network.Grains.Interfaces.Network;

namespace Network.Bench.Reports;

/// <summary>
/// The province-year the reports benchmark generates: a network (one province's cities, their
/// townships and villages), the year whose working days the matters are taken in on, and about
/// how many ledger rows the year should hold. Cities take in the most matters a day, villages the
/// fewest (<see cref="WeightOf"/>); the daily volume is scaled to reach <see cref="LedgerRows"/>.
/// </summary>
public sealed record ProvinceYearShape(NetworkShape Network, int Year, long LedgerRows)
{
    /// <summary>1 province → 12 cities → 180 townships → 2,160 villages; 2025; 20.5 million ledger rows.</summary>
    public static ProvinceYearShape Full { get; } = new(new NetworkShape(12, 15, 12), 2025, 20_500_000);

    /// <summary>A few thousand rows for tests: 2 cities, 4 townships, 8 villages, two months' worth of a year.</summary>
    public static ProvinceYearShape Smoke { get; } = new(new NetworkShape(2, 2, 2), 2025, 6_000);

    /// <summary>Relative daily volume of a point of <paramref name="tier"/>: a city center takes in ~60× a village station.</summary>
    public static int WeightOf(Tier tier) => tier switch
    {
        Tier.City => 60,
        Tier.Township => 8,
        _ => 1,
    };

    /// <summary>Ledger rows a matter of the mix writes on average (<see cref="ProvinceYearGenerator"/> measures the real figure).</summary>
    public const double RowsPerMatter = 3.0;
}
