using Network.Grains.Cases.Storage;

namespace Network.Grains.Oversight;

/// <summary>The read side of the oversight kinds over the in-memory case store (the loud fallback, and fast tests).</summary>
public sealed class InMemoryOversightQueries(InMemoryCaseStore store) : IOversightQueries
{
    public Task<IReadOnlyList<string>> FindDueForCheckAsync(string kind, string pointCode, DateOnly upTo, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(store.Snapshot(kind)
            .Where(c => c.Index.PointCode == pointCode && c.Index.IsOpen && c.Index.NextCheckOn is { } next && next <= upTo)
            .Select(c => c.Case.CaseId)
            .ToArray());

    public Task<IReadOnlyList<string>> ListStatesAsync(string kind, OversightFilter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(store.Snapshot(kind)
            .Where(c => (filter.PointCode is null || c.Index.PointCode == filter.PointCode)
                && (filter.CurrentPointCode is null || c.Index.CurrentPointCode == filter.CurrentPointCode)
                && (filter.HandlerId is null || c.Index.HandlerId == filter.HandlerId)
                && (filter.WindowId is null || c.Index.WindowId == filter.WindowId)
                && (!filter.OpenOnly || c.Index.IsOpen)
                && (filter.From is null || c.Index.OpenedAt >= filter.From)
                && (filter.To is null || c.Index.OpenedAt <= filter.To))
            .OrderByDescending(c => c.Index.OpenedAt)
            .Take(filter.Limit)
            .Select(c => c.Case.StateJson)
            .ToArray());

    public Task<IReadOnlyDictionary<string, int>> CountOpenedSinceAsync(string kind, string cityCode, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(store.Snapshot(kind)
            .Where(c => c.Index.PointCode.StartsWith(cityCode, StringComparison.Ordinal) && c.Index.OpenedAt >= since)
            .GroupBy(c => c.Index.PointCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
}
