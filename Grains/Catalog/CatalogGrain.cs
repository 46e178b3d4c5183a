using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Catalog.Rules;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Catalog;

/// <summary>
/// A point's implementation list (实施清单): every version of its items, checked against the point and
/// against its city's master catalog (<see cref="ImplementationListRules"/>); approved changes are
/// adopted as the next version from their day.
/// </summary>
public sealed class CatalogGrain(
    [PersistentState("catalog", StorageNames.Network)] IPersistentState<CatalogState> state,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ICatalogGrain, ICatalogUpkeepGrain
{
    private DateOnly Today => ChinaTime.Today(time);

    public async Task Publish(IReadOnlyList<ServiceItem> items)
    {
        var code = DivisionCode.Parse(this.GetPrimaryKeyString());
        var profile = await ProfileAsync(code);
        var checkedItems = new List<ServiceItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = ServiceItemCheck.ForPoint(items![i], $"items[{i}]", profile);
            if (!ids.Add(item.Id))
            {
                throw DomainException.Invalid($"items[{i}].id", "item.duplicate", $"Item id '{item.Id}' appears twice.");
            }

            await CheckRemoteWindowsAsync(item, $"items[{i}]");
            checkedItems.Add(item);
        }

        var entries = state.State.Versions();
        ImplementationListRules.Ensure(checkedItems, code, await MasterAsync(code), entries, Today);
        if (ItemVersions.Publish(entries, checkedItems, Today, KeyOf) is { } next)
        {
            state.State.Entries = next;
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<ServiceItem>> List() => Task.FromResult(ItemVersions.InForce(state.State.Versions(), Today, KeyOf));

    public Task<IReadOnlyList<ServiceItem>> ListOn(DateOnly day) => Task.FromResult(ItemVersions.InForce(state.State.Versions(), day, KeyOf));

    public Task<ServiceItem?> Find(string itemId) =>
        Task.FromResult(ItemVersions.InForce(state.State.Versions(), Today, KeyOf).FirstOrDefault(i => i.Id == itemId));

    public Task<ServiceItem?> FindVersion(string itemId, int version) =>
        Task.FromResult(state.State.Versions().Select(e => e.Item).FirstOrDefault(i => i.Id == itemId && i.Version == version));

    public async Task<CatalogHandbook> Handbook(DateOnly? day)
    {
        var on = day ?? Today;
        var profile = await ProfileAsync(DivisionCode.Parse(this.GetPrimaryKeyString()));
        var entries = ItemVersions.InForce(state.State.Versions(), on, KeyOf)
            .Select(i =>
            {
                var window = profile.FindWindow(i.WindowId)?.Name ?? i.WindowId;
                return new HandbookEntry(i, window, ItemFlow.Of(i, profile, window));
            })
            .ToArray();
        return new CatalogHandbook(profile.Code.Value, profile.Name, profile.Tier, on, profile.SupervisionPhone, entries);
    }

    async Task<ServiceItem> ICatalogUpkeepGrain.Adopt(string changeNumber, ServiceItem item, DateOnly effectiveFrom)
    {
        var entries = state.State.Versions();
        if (entries.FirstOrDefault(e => e.ChangeId == changeNumber) is { } adopted)
        {
            return adopted.Item;
        }

        var entry = ItemVersions.Versioned(entries, item, KeyOf(item), effectiveFrom, KeyOf, withdrawn: false) with { ChangeId = changeNumber };
        state.State.Entries = [.. entries, entry];
        await state.WriteStateAsync();
        return entry.Item;
    }

    private static string KeyOf(ServiceItem item) => item.Id;

    private async Task<ServicePointProfile> ProfileAsync(DivisionCode code) =>
        await GrainFactory.Reference<IServicePointGrain>(code.Value).GetProfile()
            ?? throw DomainException.NotFound("code", "point.undefined", $"Service point {code} is not defined.");

    /// <summary>The city's master items in force today by code, or null when the city keeps no master catalog.</summary>
    private async Task<IReadOnlyDictionary<string, ServiceItem>?> MasterAsync(DivisionCode code)
    {
        var master = await GrainFactory.Reference<IMasterCatalogGrain>(ItemCode.CityOf(code)).List();
        return master.Count == 0 ? null : master.ToDictionary(i => i.Code!, StringComparer.Ordinal);
    }

    /// <summary>Joint windows at other points must exist there.</summary>
    private async Task CheckRemoteWindowsAsync(ServiceItem item, string field)
    {
        foreach (var remote in item.JointWindowIds.Where(w => w.Contains('/', StringComparison.Ordinal)))
        {
            var (code, windowId) = (remote.Split('/')[0], remote.Split('/')[1]);
            var profile = await GrainFactory.Reference<IServicePointGrain>(code).GetProfile();
            if (profile?.FindWindow(windowId) is null)
            {
                throw DomainException.Invalid($"{field}.jointWindowIds", "window.unknown", $"Point {code} has no window '{windowId}'.");
            }
        }
    }
}
