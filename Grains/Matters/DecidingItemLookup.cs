using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Matters.Rules;

namespace Network.Grains.Matters;

/// <summary>
/// Reads, for a matter awaiting a decision where it is held, the item of the holding point's
/// catalog that decides it: the one with the matter's item id, or with the id the item of intake
/// is decided as there (<see cref="ServiceItem.DecidedAs"/>). The rules then let only that item's
/// window decide (<see cref="MatterContext.DecidingItems"/>). Nothing is read in any other state.
/// </summary>
internal static class DecidingItemLookup
{
    public static async Task<IReadOnlyDictionary<string, ServiceItem>> ReadAsync(IGrainFactory grains, MatterState? state)
    {
        if (state is null || !MatterRules.AwaitsDecisionHere(state))
        {
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, ServiceItem>.Empty;
        }

        var items = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);

        var intakeItem = await grains.Reference<ICatalogGrain>(state.PointCode).Find(state.ItemId);
        var deciding = await grains.Reference<ICatalogGrain>(state.CurrentPointCode).Find(intakeItem?.DecidedAs ?? state.ItemId);
        if (deciding is not null)
        {
            items[MatterContext.DecidingKey(state.CurrentPointCode, state.ItemId)] = deciding;
        }

        return items;
    }
}
