using System.Globalization;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Generation;

/// <summary>
/// Generates a network of any <see cref="NetworkShape"/>: every point with valid division code,
/// windows with an A and a B clerk, proxy agents at villages, and a catalog with items of every
/// kind (immediate, promised, joint over two windows, proxy items that a village must hand up to
/// the township or the city). Points come out tier by tier from the top, as a loader needs them,
/// and lazily, so a country of 640k points never has to sit in memory at once. The same shape
/// and seed always give the same network.
/// </summary>
public static class NetworkGenerator
{
    /// <summary>What each item slot of a point's catalog holds, by tier; the slots repeat.</summary>
    private enum Slot
    {
        Immediate,
        Promised,
        Joint,
        ProxyToCity,
        ProxyToTownship,
    }

    private static readonly Slot[] VillageSlots = [Slot.Immediate, Slot.Promised, Slot.Joint, Slot.ProxyToCity, Slot.ProxyToTownship];
    private static readonly Slot[] TownshipSlots = [Slot.Immediate, Slot.Promised, Slot.Joint, Slot.ProxyToCity];
    private static readonly Slot[] CitySlots = [Slot.Immediate, Slot.Promised, Slot.Joint];

    public const int ProxyAgentsPerVillage = 2;

    /// <summary>The whole network as a file (for presets that fit in memory).</summary>
    public static NetworkFile Build(NetworkShape shape) => new(Generate(shape).ToList());

    /// <summary>Every point, cities first, then townships, then villages.</summary>
    public static IEnumerable<NetworkFile.Point> Generate(NetworkShape shape) =>
        Codes(shape).Select(p => Point(shape, p.Code, p.Tier));

    /// <summary>
    /// The codes of <see cref="Generate"/>'s points in the same order, without the rest of each
    /// point (cheap enough to walk a country twice, e.g. to know every point's children first).
    /// </summary>
    public static IEnumerable<(string Code, Tier Tier)> Codes(NetworkShape shape)
    {
        shape.Validate();
        for (var c = 0; c < shape.Cities; c++)
        {
            yield return (DivisionCodes.City(c), Tier.City);
        }

        foreach (var (city, _, townshipIndex) in Townships(shape))
        {
            yield return (DivisionCodes.Township(city, townshipIndex), Tier.Township);
        }

        foreach (var (city, global, townshipIndex) in Townships(shape))
        {
            var township = DivisionCodes.Township(city, townshipIndex);
            var villages = shape.VillagesOf(global);
            for (var v = 0; v < villages; v++)
            {
                yield return (DivisionCodes.Village(township, v), Tier.Village);
            }
        }
    }

    private static IEnumerable<(string City, int Global, int Index)> Townships(NetworkShape shape)
    {
        var global = 0;
        for (var c = 0; c < shape.Cities; c++)
        {
            var city = DivisionCodes.City(c);
            var count = shape.TownshipsOf(c);
            for (var t = 0; t < count; t++)
            {
                yield return (city, global++, t);
            }
        }
    }

    private static NetworkFile.Point Point(NetworkShape shape, string code, Tier tier)
    {
        var key = long.Parse(code, CultureInfo.InvariantCulture);
        var hash = StableHash.Of(shape.Seed, key);
        var windows = Windows(shape, code, key, hash);
        var agents = tier == Tier.Village
            ? Enumerable.Range(1, ProxyAgentsPerVillage)
                .Select(i => new Clerk($"p-{code}-{i}", ChineseNames.Person(StableHash.Of(shape.Seed, key, 300 + i))))
                .ToArray()
            : [];
        var place = ChineseNames.Place(hash);
        var name = tier switch
        {
            Tier.City => $"{place}市政务服务中心",
            Tier.Township => (hash & 1) == 0 ? $"{place}镇便民服务中心" : $"{place}街道便民服务中心",
            _ => (hash & 2) == 0 ? $"{place}村便民服务站" : $"{place}社区便民服务站",
        };
        return new NetworkFile.Point(code, name, tier, $"generated (seed {shape.Seed})", windows, agents, Items(shape, code, tier, windows, hash));
    }

    private static WindowDefinition[] Windows(NetworkShape shape, string code, long key, ulong hash)
    {
        var start = (int)(hash % (ulong)WindowKinds.Count);
        var windows = new WindowDefinition[shape.WindowsPerPoint];
        for (var k = 0; k < windows.Length; k++)
        {
            var (id, name) = WindowKinds.All[(start + k) % WindowKinds.Count];
            windows[k] = new WindowDefinition(
                id,
                name,
                new Clerk($"c-{code}-{id}-a", ChineseNames.Person(StableHash.Of(shape.Seed, key, 100 + k))),
                new Clerk($"c-{code}-{id}-b", ChineseNames.Person(StableHash.Of(shape.Seed, key, 200 + k))));
        }

        return windows;
    }

    private static ServiceItem[] Items(NetworkShape shape, string code, Tier tier, WindowDefinition[] windows, ulong hash)
    {
        var slots = tier switch
        {
            Tier.Village => VillageSlots,
            Tier.Township => TownshipSlots,
            _ => CitySlots,
        };
        var items = new ServiceItem[shape.ItemsPerPoint];
        for (var k = 0; k < items.Length; k++)
        {
            var slot = slots[k % slots.Length];
            var pool = slot switch
            {
                Slot.Immediate => ItemTemplates.Immediate,
                Slot.Promised => ItemTemplates.Promised,
                Slot.Joint => ItemTemplates.Joint,
                _ => ItemTemplates.Proxy,
            };
            var template = pool[(int)(((hash >> 24) + (ulong)k) % (ulong)pool.Count)];
            var window = windows[k % windows.Length].Id;
            var joint = slot == Slot.Joint ? new[] { window, windows[(k + 1) % windows.Length].Id } : [];
            var deciding = slot switch
            {
                Slot.ProxyToCity => Tier.City,
                Slot.ProxyToTownship => Tier.Township,
                _ => tier,
            };
            // A proxy item is decided at the deciding point as its first item, at that point's first window.
            var decidedAs = deciding == tier ? null : FirstItemId(shape, code[..(deciding == Tier.City ? 6 : 9)]);
            items[k] = new ServiceItem(
                $"{template.Id}-{k + 1}",
                template.Name,
                template.Conditions,
                template.LegalBasis,
                template.Procedure,
                template.RequiredMaterials,
                template.TimeLimitWorkingDays,
                template.Result,
                template.Fee,
                window,
                deciding,
                slot == Slot.Immediate ? MatterKind.Immediate : slot == Slot.Joint ? MatterKind.Joint : MatterKind.Promised,
                joint)
            {
                PartTimeLimitWorkingDays = slot == Slot.Joint && k % 2 == 1 ? template.TimeLimitWorkingDays / 2 : 0,
                DecidedAs = decidedAs,
            };
        }

        return items;
    }

    /// <summary>The id of the first item of point <paramref name="code"/>'s catalog (slot 0 is immediate at every tier), as <see cref="Items"/> makes it.</summary>
    private static string FirstItemId(NetworkShape shape, string code)
    {
        var hash = StableHash.Of(shape.Seed, long.Parse(code, CultureInfo.InvariantCulture));
        var pool = ItemTemplates.Immediate;
        return $"{pool[(int)((hash >> 24) % (ulong)pool.Count)].Id}-1";
    }
}
