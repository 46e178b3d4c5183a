namespace Network.Bench.Generation;

/// <summary>
/// The size and make-up of a generated network. Townships per city and villages per township
/// may be fractional: the counts are spread evenly (city i gets floor((i+1)·t) − floor(i·t)
/// townships), so the totals are exact and known before generating.
/// </summary>
public sealed record NetworkShape(
    int Cities,
    double TownshipsPerCity,
    double VillagesPerTownship,
    int WindowsPerPoint = 5,
    int ItemsPerPoint = 6,
    int Seed = 1)
{
    /// <summary>Names of the presets, smallest first.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["smoke", "county", "province", "country"];

    public int Townships => (int)Math.Floor(Cities * TownshipsPerCity);

    public int Villages => (int)Math.Floor(Townships * VillagesPerTownship);

    public int Points => Cities + Townships + Villages;

    /// <summary>
    /// smoke: a few points for CI. county: one county-level city, ~20 townships, ~300 villages.
    /// province: ~11 cities, ~1,300 townships, ~20,000 villages. country: ~3,000 county-level
    /// cities, ~40,000 townships, ~600,000 villages.
    /// </summary>
    public static NetworkShape Preset(string name) => name.ToLowerInvariant() switch
    {
        "smoke" => new NetworkShape(1, 3, 2),
        "county" => new NetworkShape(1, 20, 15),
        "province" => new NetworkShape(11, 118.2, 15.4),
        "country" => new NetworkShape(3000, 13.334, 15),
        _ => throw new ArgumentException($"Unknown preset '{name}'; use one of {string.Join(", ", PresetNames)}.", nameof(name)),
    };

    /// <summary>Townships of city <paramref name="city"/> (0-based).</summary>
    public int TownshipsOf(int city) => Spread(city, TownshipsPerCity);

    /// <summary>Villages of the township with network-wide index <paramref name="township"/>.</summary>
    public int VillagesOf(int township) => Spread(township, VillagesPerTownship);

    /// <summary>Refuses a shape the division codes or the grains cannot hold.</summary>
    public void Validate()
    {
        Check(Cities is >= 1 and <= DivisionCodes.MaxCities, $"cities must be 1 to {DivisionCodes.MaxCities}");
        Check(TownshipsPerCity is >= 0 and <= 999, "townships per city must be 0 to 999 (three digits)");
        Check(VillagesPerTownship is >= 0 and <= 999, "villages per township must be 0 to 999 (three digits)");
        Check(WindowsPerPoint >= 2 && WindowsPerPoint <= WindowKinds.Count, $"windows per point must be 2 (a joint item needs two) to {WindowKinds.Count}");
        Check(ItemsPerPoint is >= 1 and <= 60, "items per point must be 1 to 60");
    }

    private static int Spread(int index, double perParent) =>
        (int)Math.Floor((index + 1) * perParent) - (int)Math.Floor(index * perParent);

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
