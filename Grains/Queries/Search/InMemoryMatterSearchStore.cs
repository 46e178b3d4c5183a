using Network.Grains.Cases.Storage;
using Network.Grains.Matters;
using Network.Grains.PersonalData;

namespace Network.Grains.Queries.Search;

/// <summary>Finding matters and the register over the in-memory case store (the loud fallback, and fast tests): the same order and filters.</summary>
public sealed class InMemoryMatterSearchStore(InMemoryCaseStore store, MatterJson json, PersonalDataProtector protector) : IMatterSearchStore
{
    public Task<IReadOnlyList<MatterState>> SearchAsync(SearchFilter filter, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<MatterState> rows = States()
            .Where(m => filter.Scope.Contains(m.PointCode)
                && (filter.ReceiptNumber is null || m.ReceiptNumber == filter.ReceiptNumber)
                && (filter.NameLookup is null || protector.NameLookup(m.Citizen.Name) == filter.NameLookup)
                && (filter.IdTailLookup is null || protector.ResidentIdTailLookup(m.Citizen.ResidentId) == filter.IdTailLookup)
                && (filter.ItemId is null || m.ItemId == filter.ItemId)
                && (filter.Status is null || m.Status == filter.Status)
                && (filter.WindowId is null || m.WindowId == filter.WindowId)
                && (filter.ReceivedFrom is null || m.ReceivedAt >= filter.ReceivedFrom)
                && (filter.ReceivedUntil is null || m.ReceivedAt < filter.ReceivedUntil)
                && (filter.Flag is null || m.Flag == filter.Flag)
                && (!filter.OpenOnly || !m.IsClosed))
            .Select(m => (Key: SearchKey.Of(m.DueDate, m.ReceiptNumber), State: m))
            .Where(x => filter.After is null || Compare(x.Key, filter.After) > 0)
            .OrderBy(x => x.Key.DueKey, StringComparer.Ordinal).ThenBy(x => x.Key.ReceiptNumber, StringComparer.Ordinal)
            .Take(filter.Limit)
            .Select(x => x.State)
            .ToArray();
        return Task.FromResult(rows);
    }

    public Task<IReadOnlyList<MatterState>> ReadRegisterAsync(RegisterFilter filter, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<MatterState> rows = States()
            .Where(m => filter.Scope.Contains(m.PointCode)
                && (filter.WindowId is null || m.WindowId == filter.WindowId)
                && RegisterKey.Of(m).OpenedAt >= filter.From && RegisterKey.Of(m).OpenedAt < filter.Until)
            .Select(m => (Key: RegisterKey.Of(m), State: m))
            .Where(x => filter.After is null || Compare(x.Key, filter.After) > 0)
            .OrderBy(x => x.Key.PointCode, StringComparer.Ordinal).ThenBy(x => x.Key.OpenedAt).ThenBy(x => x.Key.ReceiptNumber, StringComparer.Ordinal)
            .Take(filter.Limit)
            .Select(x => x.State)
            .ToArray();
        return Task.FromResult(rows);
    }

    private IEnumerable<MatterState> States() =>
        store.Snapshot(MatterRepository.CaseKind).Select(c => json.Deserialize(c.Case.StateJson));

    private static int Compare(SearchKey a, SearchKey b)
    {
        var due = string.CompareOrdinal(a.DueKey, b.DueKey);
        return due != 0 ? due : string.CompareOrdinal(a.ReceiptNumber, b.ReceiptNumber);
    }

    private static int Compare(RegisterKey a, RegisterKey b)
    {
        var point = string.CompareOrdinal(a.PointCode, b.PointCode);
        if (point != 0)
        {
            return point;
        }

        var at = a.OpenedAt.CompareTo(b.OpenedAt);
        return at != 0 ? at : string.CompareOrdinal(a.ReceiptNumber, b.ReceiptNumber);
    }
}
