using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Matters;

namespace Network.Grains.Storage;

/// <summary>
/// The fallback store when no PostgreSQL is available: same rules (versions, one ledger row per
/// step), nothing survives the process. The silo warns loudly when it runs on this.
/// </summary>
public sealed class InMemoryMatterStore : IMatterStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _matters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LedgerEntry>> _ledger = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly?> _nextCheck = new(StringComparer.Ordinal);

    public string Description => "in-memory (nothing survives a restart)";

    public Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_matters.TryGetValue(receiptNumber, out var json) ? MatterJson.Deserialize(json) : null);
        }
    }

    public Task CommitAsync(MatterCommit commit, CancellationToken cancellationToken = default)
    {
        var receipt = commit.After.ReceiptNumber;
        lock (_gate)
        {
            var stored = _matters.TryGetValue(receipt, out var json) ? MatterJson.Deserialize(json).Version : 0;
            if (stored != commit.ExpectedVersion)
            {
                throw new MatterVersionConflictException(receipt, commit.ExpectedVersion);
            }

            var rows = _ledger.TryGetValue(receipt, out var existing) ? existing : _ledger[receipt] = [];
            if (commit.Steps.Any(s => rows.Any(r => r.Sequence == s.Entry.Sequence)))
            {
                throw new MatterVersionConflictException(receipt, commit.ExpectedVersion);
            }

            _matters[receipt] = MatterJson.Serialize(commit.After);
            _nextCheck[receipt] = commit.NextCheckOn;
            rows.AddRange(commit.Steps.Select(s => s.Entry));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>(_matters
                .Select(m => (Receipt: m.Key, State: MatterJson.Deserialize(m.Value)))
                .Where(m => m.State.PointCode == pointCode && !m.State.IsClosed
                    && ((_nextCheck.GetValueOrDefault(m.Receipt) is { } next && next <= upTo) || m.State.DueDateProvisional))
                .Select(m => m.Receipt)
                .ToArray());
        }
    }

    public Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>(_matters.Values
                .Select(MatterJson.Deserialize)
                .Where(m => m.PointCode == pointCode && m.WindowId == windowId && m.HandlerClerkId == handlerClerkId && !m.IsClosed)
                .OrderBy(m => m.ReceivedAt)
                .Select(m => m.ReceiptNumber)
                .ToArray());
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(
                _ledger.TryGetValue(receiptNumber, out var rows) ? rows.OrderBy(r => r.Sequence).ToArray() : []);
        }
    }

    public Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<MatterSummary>>(_matters.Values
                .Select(MatterJson.Deserialize)
                .Where(m => query.HeldAtPoint ? m.CurrentPointCode == query.PointCode : m.PointCode == query.PointCode)
                .Where(m => query.WindowId is null || m.WindowId == query.WindowId)
                .Where(m => query.Status is null || m.Status == query.Status)
                .Where(m => !query.OpenOnly || !m.IsClosed)
                .OrderByDescending(m => m.ReceivedAt)
                .Take(query.Limit)
                .Select(m => m.ToSummary())
                .ToArray());
        }
    }

    public Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var rows = _ledger.Values.SelectMany(r => r).Where(r => r.PointCode == pointCode && r.OccurredAt >= since).ToList();
            return Task.FromResult((
                rows.Count(r => r.Sequence == 1),
                rows.Count(r => r.StatusAfter is MatterStatus.Completed or MatterStatus.Returned && r.StatusBefore != r.StatusAfter)));
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(_ledger.Values
                .SelectMany(rows => rows)
                .Where(r => r.PointCode == query.PointCode)
                .Where(r => query.From is null || r.OccurredAt >= query.From)
                .Where(r => query.To is null || r.OccurredAt <= query.To)
                .OrderByDescending(r => r.OccurredAt)
                .ThenByDescending(r => r.Sequence)
                .Take(query.Limit)
                .ToArray());
        }
    }
}
