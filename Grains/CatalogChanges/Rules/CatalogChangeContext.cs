using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.CatalogChanges.Rules;

/// <summary>
/// What the rules of a catalog change may consult, loaded by the grain first: the clock, the profiles
/// of the point and its city, and the city's master items in force today by code. Plain data.
/// </summary>
public sealed record CatalogChangeContext(
    DateTimeOffset Now,
    IReadOnlyDictionary<string, ServicePointProfile> Points,
    IReadOnlyDictionary<string, ServiceItem> Master)
{
    /// <summary>Fingerprint of the command being applied, kept on the state so a retry is recognised.</summary>
    public string? Fingerprint { get; init; }

    public DateOnly Today => ChinaTime.DateOf(Now);

    public ServicePointProfile? Point(string code) => Points.GetValueOrDefault(code);
}
