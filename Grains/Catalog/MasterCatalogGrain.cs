using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Catalog.Rules;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Catalog;

/// <summary>A city's master catalog (基本目录): its items by code, each version with its day.</summary>
public sealed class MasterCatalogGrain(
    [PersistentState("master-catalog", StorageNames.Network)] IPersistentState<MasterCatalogState> state,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IMasterCatalogGrain
{
    public async Task<IReadOnlyList<ServiceItem>> Publish(IReadOnlyList<ServiceItem> items)
    {
        var city = DivisionCode.Parse(this.GetPrimaryKeyString());
        if (city.Tier != Tier.City)
        {
            throw DomainException.Invalid("cityCode", "master.city", "A master catalog is kept by a city (6-digit code).");
        }

        var checkedItems = new List<ServiceItem>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = ServiceItemCheck.ForMaster(items![i], $"items[{i}]", city.Value);
            if (!codes.Add(item.Code!))
            {
                throw DomainException.Invalid($"items[{i}].code", "item.duplicateCode", $"Code {item.Code} appears twice.");
            }

            checkedItems.Add(item);
        }

        var today = ChinaTime.Today(time);
        if (ItemVersions.Publish(state.State.Entries, checkedItems, today, KeyOf) is { } next)
        {
            state.State.Entries = next;
            await state.WriteStateAsync();
        }

        return ItemVersions.InForce(state.State.Entries, today, KeyOf);
    }

    public Task<IReadOnlyList<ServiceItem>> List() => ListOn(ChinaTime.Today(time));

    public Task<IReadOnlyList<ServiceItem>> ListOn(DateOnly day) => Task.FromResult(ItemVersions.InForce(state.State.Entries, day, KeyOf));

    private static string KeyOf(ServiceItem item) => item.Code!;
}
