using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>
/// Versions of a catalog's items (pure). The version of an item in force on a day is the one with the
/// latest effective date not after that day (the higher version on the same day); a withdrawing
/// version takes the item out from its day. Items keep the order they first appeared in.
/// </summary>
public static class ItemVersions
{
    public static IReadOnlyList<ServiceItem> InForce(IReadOnlyList<CatalogEntry> entries, DateOnly day, Func<ServiceItem, string> keyOf)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = keyOf(entry.Item);
            if (seen.Add(key))
            {
                order.Add(key);
            }

            if (entry.EffectiveFrom > day)
            {
                continue;
            }

            if (!current.TryGetValue(key, out var held)
                || (entry.EffectiveFrom, entry.Item.Version).CompareTo((held.EffectiveFrom, held.Item.Version)) > 0)
            {
                current[key] = entry;
            }
        }

        return order.Where(current.ContainsKey).Select(k => current[k]).Where(e => !e.Withdrawn).Select(e => e.Item).ToArray();
    }

    /// <summary>
    /// The entries after publishing <paramref name="items"/> in force from <paramref name="day"/>: an
    /// item equal to the one in force keeps its version, a new or changed one gets the next version of
    /// its key, and an item in force but not published is withdrawn. An item's very first version is
    /// in force for every day (nothing of it was in force before to keep), though it shows the day it
    /// was published: a clock that reads an earlier day (a restored backup, a test's clock) still finds
    /// the item. Null when nothing changes.
    /// </summary>
    public static List<CatalogEntry>? Publish(IReadOnlyList<CatalogEntry> entries, IReadOnlyList<ServiceItem> items, DateOnly day, Func<ServiceItem, string> keyOf)
    {
        var inForce = InForce(entries, day, keyOf).ToDictionary(keyOf, StringComparer.Ordinal);
        var next = entries.ToList();
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = keyOf(item);
            published.Add(key);
            if (inForce.TryGetValue(key, out var held) && ServiceItemComparer.Instance.Equals(held, item))
            {
                continue;
            }

            var versioned = Versioned(next, item, key, day, keyOf, withdrawn: false);
            next.Add(next.Any(e => keyOf(e.Item) == key) ? versioned : versioned with { EffectiveFrom = DateOnly.MinValue });
        }

        foreach (var (key, held) in inForce.Where(p => !published.Contains(p.Key)))
        {
            next.Add(Versioned(next, held, key, day, keyOf, withdrawn: true));
        }

        return next.Count == entries.Count ? null : next;
    }

    /// <summary>The entry of <paramref name="item"/> as the next version of its key, in force from <paramref name="day"/>.</summary>
    public static CatalogEntry Versioned(IReadOnlyList<CatalogEntry> entries, ServiceItem item, string key, DateOnly day, Func<ServiceItem, string> keyOf, bool withdrawn)
    {
        var version = entries.Where(e => keyOf(e.Item) == key).Select(e => e.Item.Version).DefaultIfEmpty(0).Max() + 1;
        return new CatalogEntry(item with { Version = version, EffectiveFrom = day }, day, withdrawn);
    }
}
