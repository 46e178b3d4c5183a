using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Matters;

namespace Network.Grains.Queries;

/// <summary>The read side of matters over the in-memory case store (the loud fallback, and fast tests).</summary>
public sealed class InMemoryMatterQueries(InMemoryCaseStore store, MatterJson json) : IMatterQueries
{
    private const string Kind = MatterRepository.CaseKind;

    public Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default) =>
        Ids(store.Snapshot(Kind)
            .Where(c => c.Index.PointCode == pointCode && c.Index.IsOpen
                && (c.Index.DueProvisional || (c.Index.NextCheckOn is { } next && next <= upTo))));

    public Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default) =>
        Ids(store.Snapshot(Kind)
            .Where(c => c.Index.PointCode == pointCode && c.Index.WindowId == windowId && c.Index.HandlerId == handlerClerkId && c.Index.IsOpen)
            .OrderBy(c => c.Index.OpenedAt));

    public Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<MatterSummary> rows = store.Snapshot(Kind)
            .Where(c => (query.HeldAtPoint ? c.Index.CurrentPointCode : c.Index.PointCode) == query.PointCode
                && (query.WindowId is null || c.Index.WindowId == query.WindowId)
                && (query.Status is null || c.Index.Status == query.Status.ToString())
                && (!query.OpenOnly || c.Index.IsOpen))
            .OrderByDescending(c => c.Index.OpenedAt)
            .Take(query.Limit)
            .Select(c => json.Deserialize(c.Case.StateJson).ToSummary())
            .ToArray();
        return Task.FromResult(rows);
    }

    public Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var closed = store.Snapshot(Kind).Where(c => !c.Index.IsOpen).ToDictionary(c => c.Case.CaseId, c => c.Index.Status, StringComparer.Ordinal);
        var steps = store.LedgerSnapshot(Kind).Where(r => r.Step.PointCode == pointCode && r.Step.OccurredAt >= since).ToArray();
        var accepted = steps.Count(r => r.Step.Sequence == 1);
        var closedHere = steps.Count(r => closed.TryGetValue(r.CaseId, out var status)
            && r.Step.StatusAfter == status && r.Step.StatusBefore != r.Step.StatusAfter);
        return Task.FromResult((accepted, closedHere));
    }

    public Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<LedgerEntry> rows = store.LedgerSnapshot(Kind)
            .Where(r => r.Step.PointCode == query.PointCode
                && (query.From is null || r.Step.OccurredAt >= query.From)
                && (query.To is null || r.Step.OccurredAt <= query.To))
            .OrderByDescending(r => r.Step.OccurredAt)
            .Take(query.Limit)
            .Select(MatterRepository.ToEntry)
            .ToArray();
        return Task.FromResult(rows);
    }

    private static Task<IReadOnlyList<string>> Ids(IEnumerable<(StoredCase Case, CaseIndex Index)> cases) =>
        Task.FromResult<IReadOnlyList<string>>(cases.Select(c => c.Case.CaseId).ToArray());
}
