using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Ledger;

namespace Network.Grains.Matters;

/// <summary>
/// The write side of matters, over the case store: a matter's state, its versioned commits with
/// their ledger steps, and its own ledger. Lists, counts and sweeps are the read side
/// (<see cref="Queries.IMatterQueries"/>).
/// </summary>
public interface IMatterRepository
{
    Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits the change (state, index columns, one ledger row per step with the fields it changed).
    /// Acknowledged only after the transaction committed; throws
    /// <see cref="Cases.Storage.CaseVersionConflictException"/> when the stored version moved on,
    /// and <see cref="Interfaces.Errors.DeadlineExceededException"/> (nothing written) when the
    /// commit was still queued at <paramref name="deadline"/>, the caller's deadline. An intake's
    /// commit may carry the client's request key (<paramref name="openedBy"/>), recorded with it;
    /// <see cref="RequestKeyTakenException"/> when that key is already recorded. <paramref name="committed"/>
    /// runs as soon as the transaction has committed, before this returns (the matter's live message).
    /// </summary>
    Task CommitAsync(MatterChange change, DateOnly? nextCheckOn, DateTimeOffset? deadline = null, RequestKey? openedBy = null, CancellationToken cancellationToken = default, Action? committed = null);

    /// <summary>The recorded request key, or null when it is not recorded.</summary>
    Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default);
}
