using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;
using Network.Grains.Matters;

namespace Network.Grains.Storage;

/// <summary>
/// Durable home of matters and their ledger. A commit returns only once the change is durable;
/// if it throws, nothing of it was written (or, when the connection broke during the commit
/// itself, the grain reloads before its next change and finds out).
/// </summary>
public interface IMatterStore
{
    /// <summary>Human-readable description for logs, e.g. "PostgreSQL 127.0.0.1:5433/network".</summary>
    string Description { get; }

    Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the change. Throws <see cref="MatterVersionConflictException"/> when the stored
    /// version is not <see cref="MatterCommit.ExpectedVersion"/>.
    /// </summary>
    Task CommitAsync(MatterCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Open matters taken in at a point whose next deadline check falls on or before
    /// <paramref name="upTo"/>, or whose deadline is still provisional.
    /// </summary>
    Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default);

    /// <summary>Receipt numbers of the open matters of a window that a clerk handles, oldest first.</summary>
    Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default);

    /// <summary>Matters matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default);

    /// <summary>Matters taken in at a point and matters closed there since <paramref name="since"/>.</summary>
    Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Ledger rows recorded at a point, newest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default);
}
