using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;

namespace Network.Bench.Reports;

/// <summary>
/// A case store that keeps the commits it is given, in order, and writes nothing: the template
/// builder commits a prototype matter through the real <c>MatterRepository</c> into it, so the
/// states, change sets and index columns are exactly those a grain would write.
/// </summary>
public sealed class CapturingCaseStore : ICaseStore
{
    private readonly List<CaseCommit> _commits = [];

    public string Description => "captures commits (bench template builder)";

    public IReadOnlyList<CaseCommit> Commits => _commits;

    public Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<StoredCase?>(null);

    public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        commit.ThrowIfMalformed();
        _commits.Add(commit);
        return Task.CompletedTask;
    }

    public Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default) =>
        Task.FromResult<StoredRequestKey?>(null);

    public Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CaseLedgerRow>>([]);
}
