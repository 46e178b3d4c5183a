using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The fallback case store when no PostgreSQL is available: the same rules as
/// <see cref="PostgresCaseStore"/> (version check, one ledger row per step, a sequence recorded
/// once per case, all of a commit or nothing); nothing survives the process. Thread-safe; the
/// snapshots are copies, so the read side may enumerate them while commits go on.
/// </summary>
public sealed class InMemoryCaseStore(ILogger<InMemoryCaseStore>? logger = null) : ICaseStore
{
    private readonly ILogger _logger = logger ?? NullLogger<InMemoryCaseStore>.Instance;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Kind, string CaseId), (StoredCase Case, CaseIndex Index)> _cases = [];
    private readonly Dictionary<(string Kind, string CaseId), List<CaseStep>> _ledger = [];
    private readonly Dictionary<(string Scope, string Key), StoredRequestKey> _requestKeys = [];
    private readonly Dictionary<Reports.Rollups.RollupKey, long> _rollup = [];

    public string Description => "in-memory (nothing survives a restart)";

    public Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_cases.TryGetValue((kind, caseId), out var entry) ? entry.Case : null);
        }
    }

    public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        commit.ThrowIfMalformed();
        var key = (commit.Kind, commit.CaseId);
        lock (_gate)
        {
            var stored = _cases.TryGetValue(key, out var entry) ? entry.Case.Version : 0;
            var rows = _ledger.TryGetValue(key, out var existing) ? existing : null;
            var sequences = commit.Steps.Select(s => s.Sequence).ToArray();
            if (stored != commit.ExpectedVersion
                || sequences.Distinct().Count() != sequences.Length
                || (rows is not null && rows.Any(r => sequences.Contains(r.Sequence))))
            {
                throw new CaseVersionConflictException(commit.Kind, commit.CaseId, commit.ExpectedVersion);
            }

            if (commit.OpenedBy is { } request)
            {
                if (!_requestKeys.TryAdd((request.Scope, request.Key), new StoredRequestKey(request, commit.CaseId, null)))
                {
                    throw new RequestKeyTakenException(commit.Kind, commit.CaseId);
                }
            }

            var parts = commit.Parts.Count == 0 && entry.Case is { } kept
                ? kept.Parts
                : (entry.Case?.Parts ?? []).Where(p => !commit.Parts.Any(c => c.Number == p.Number)).Concat(commit.Parts).OrderBy(p => p.Number).ToArray();
            _cases[key] = (new StoredCase(commit.Kind, commit.CaseId, commit.NewVersion, commit.StateJson) { Parts = parts }, commit.Index);
            if (rows is null)
            {
                _ledger[key] = rows = [];
            }

            rows.AddRange(commit.Steps);
            foreach (var fact in commit.Rollup)
            {
                _rollup[fact.Key] = _rollup.GetValueOrDefault(fact.Key) + fact.Count;
            }
        }

        CaseGroupCommitWriter.RunCommitted(commit, _logger);
        return Task.CompletedTask;
    }

    public Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_requestKeys.TryGetValue((key.Scope, key.Key), out var stored) ? stored : null);
        }
    }

    public Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CaseLedgerRow>>(_ledger.TryGetValue((kind, caseId), out var rows)
                ? rows.OrderBy(r => r.Sequence).Select(r => new CaseLedgerRow(kind, caseId, r)).ToArray()
                : []);
        }
    }

    /// <summary>Every case of a kind with its index, as of now (a copy), for the read side.</summary>
    public IReadOnlyList<(StoredCase Case, CaseIndex Index)> Snapshot(string kind)
    {
        lock (_gate)
        {
            return _cases.Where(c => c.Key.Kind == kind).Select(c => c.Value).ToArray();
        }
    }

    /// <summary>The report rollups kept with the commits (a copy), for <c>InMemoryReportRollupStore</c>.</summary>
    public IReadOnlyList<Reports.Rollups.RollupFact> RollupSnapshot()
    {
        lock (_gate)
        {
            return _rollup
                .Where(r => r.Value != 0)
                .Select(r => new Reports.Rollups.RollupFact(r.Key.Day, r.Key.PointCode, r.Key.WindowId, r.Key.ItemId, r.Key.ClerkId, r.Key.Figure, r.Key.Bucket, r.Value))
                .ToArray();
        }
    }

    /// <summary>Every ledger row of a kind, as of now (a copy), by case then sequence, for the read side.</summary>
    public IReadOnlyList<CaseLedgerRow> LedgerSnapshot(string kind)
    {
        lock (_gate)
        {
            return _ledger
                .Where(l => l.Key.Kind == kind)
                .OrderBy(l => l.Key.CaseId, StringComparer.Ordinal)
                .SelectMany(l => l.Value.OrderBy(r => r.Sequence).Select(r => new CaseLedgerRow(l.Key.Kind, l.Key.CaseId, r)))
                .ToArray();
        }
    }
}
