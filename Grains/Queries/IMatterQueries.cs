using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Queries;

namespace Network.Grains.Queries;

/// <summary>
/// The read side of matters: lists, counts and sweeps over the case store's index columns and
/// ledger. "Open" is the stored <c>is_open</c> column, decided by the matter's rules when it was
/// committed, never re-derived from statuses here.
/// </summary>
public interface IMatterQueries
{
    /// <summary>
    /// Open matters taken in at a point whose next deadline check falls on or before
    /// <paramref name="upTo"/>, or whose deadline is still provisional.
    /// </summary>
    Task<IReadOnlyList<string>> FindDueForCheckAsync(string pointCode, DateOnly upTo, CancellationToken cancellationToken = default);

    /// <summary>Receipt numbers of the open matters of a window that a clerk handles, oldest first.</summary>
    Task<IReadOnlyList<string>> FindOpenAsync(string pointCode, string windowId, string handlerClerkId, CancellationToken cancellationToken = default);

    /// <summary>Matters matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<MatterSummary>> ListAsync(MatterQuery query, CancellationToken cancellationToken = default);

    /// <summary>Matters taken in at a point and matters closed there since <paramref name="since"/>.</summary>
    Task<(int Accepted, int Closed)> CountSinceAsync(string pointCode, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Ledger rows recorded at a point, newest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadPointLedgerAsync(LedgerQuery query, CancellationToken cancellationToken = default);
}
