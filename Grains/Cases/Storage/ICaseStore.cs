using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// The write side of every kind of case: one case at a time, its state row and its ledger in one
/// atomic commit. A commit returns only once the change is durable; if it throws, nothing of it
/// was written (or, when the connection broke during the commit itself, the caller reloads
/// before its next change and finds out).
/// <para>
/// Steps continue the case's sequence: the first step of a commit is numbered one more than the
/// last step recorded at <see cref="CaseCommit.ExpectedVersion"/>. With the unique sequence per
/// case, this is what refuses a stale commit whose new version another commit has just reached
/// (both start at the same sequence, so the later one collides).
/// </para>
/// </summary>
public interface ICaseStore
{
    /// <summary>Human-readable description for logs, e.g. "PostgreSQL 127.0.0.1:5433/network".</summary>
    string Description { get; }

    /// <summary>The stored case, or null if it does not exist.</summary>
    Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the change. Throws <see cref="CaseVersionConflictException"/> when the stored version
    /// is not <see cref="CaseCommit.ExpectedVersion"/> (at 0: when the case already exists) or a
    /// step's sequence is already recorded, and <see cref="RequestKeyTakenException"/> when the
    /// commit's <see cref="CaseCommit.OpenedBy"/> key is already recorded; nothing is written then.
    /// </summary>
    Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default);

    /// <summary>The recorded request key of <paramref name="key"/>'s scope and key, or null when it is not recorded.</summary>
    Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default);

    /// <summary>The case's ledger rows, by sequence.</summary>
    Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default);
}
