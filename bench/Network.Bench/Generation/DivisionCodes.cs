namespace Network.Bench.Generation;

/// <summary>
/// Hands out valid statistical division codes: county-level cities under the real province
/// prefixes (GB/T 2260), townships 001–999 below them, villages 001–999 below those. No part is
/// ever 000 or 0000, so <c>DivisionCode.TryParse</c> accepts every code.
/// </summary>
public static class DivisionCodes
{
    // The 31 provinces of the mainland (first two digits), Sichuan (the seeds' 510682) first.
    private static readonly int[] Provinces =
    [
        51, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36,
        37, 41, 42, 43, 44, 45, 46, 50, 52, 53, 54, 61, 62, 63, 64, 65,
    ];

    /// <summary>County-level cities per province before the next province is started (real provinces average ~92).</summary>
    public const int CitiesPerProvince = 100;

    private const int CountiesPerPrefecture = 30;

    public const int MaxCities = 31 * CitiesPerProvince;

    /// <summary>
    /// The code of the city with index <paramref name="city"/>: provinces fill one after another,
    /// so the province preset's cities share one province and the country's cover them all;
    /// inside a province, prefectures 01–04 hold counties 01–30.
    /// </summary>
    public static string City(int city)
    {
        var province = Provinces[city / CitiesPerProvince];
        var inProvince = city % CitiesPerProvince;
        var prefecture = 1 + (inProvince / CountiesPerPrefecture);
        var county = 1 + (inProvince % CountiesPerPrefecture);
        return $"{province:D2}{prefecture:D2}{county:D2}";
    }

    public static string Township(string city, int township) => $"{city}{township + 1:D3}";

    public static string Village(string township, int village) => $"{township}{village + 1:D3}";
}
