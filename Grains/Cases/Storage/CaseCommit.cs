using Network.Grains.Interfaces.Cases;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// One atomic change of a case: its new state JSON and index, and one or more ledger steps. A
/// store writes all of it in one transaction, or nothing.
/// </summary>
/// <param name="Kind">The kind of case, e.g. <c>matter</c>.</param>
/// <param name="CaseId">The case's id within its kind.</param>
/// <param name="ExpectedVersion">The version the stored case must still have; 0 = the case must not exist yet.</param>
/// <param name="NewVersion">The version the case has after this commit; greater than <paramref name="ExpectedVersion"/>.</param>
/// <param name="StateJson">The whole state after the last step, as JSON.</param>
/// <param name="Index">The queried columns of the state after the last step.</param>
/// <param name="Steps">The ledger rows of this change, in order; at least one.</param>
public sealed record CaseCommit(
    string Kind,
    string CaseId,
    int ExpectedVersion,
    int NewVersion,
    string StateJson,
    CaseIndex Index,
    IReadOnlyList<CaseStep> Steps)
{
    /// <summary>
    /// When the caller stops waiting for this commit (the request's deadline), or null for none. A
    /// store refuses a commit still queued at that moment instead of writing it
    /// (<see cref="Network.Grains.Interfaces.Errors.DeadlineExceededException"/>): nobody would be
    /// told of its outcome.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>
    /// The client's request key, on a commit that opens the case (expected version 0): recorded in
    /// the same transaction, so the key is taken exactly when the case exists. A key already
    /// recorded refuses the commit (<see cref="RequestKeyTakenException"/>).
    /// </summary>
    public RequestKey? OpenedBy { get; init; }

    /// <summary>
    /// What this commit adds to the report rollups: the facts of the case after it minus those
    /// before it (<see cref="RollupDelta"/>), in key order; written in the same transaction, and
    /// only if the case's version check passes. Empty for a kind that counts nothing.
    /// </summary>
    public IReadOnlyList<RollupFact> Rollup { get; init; } = [];

    /// <summary>
    /// Run by the store once this commit's transaction has committed, before its caller hears
    /// (and never when the commit failed or its outcome is unknown): the case's live message leaves
    /// with the commit, not after the grain's next turn. It must be quick and must not throw (it
    /// queues, e.g. <see cref="Live.LiveStatusPublisher.Publish"/>); an exception is logged, the
    /// commit stands.
    /// </summary>
    public Action? Committed { get; init; }

    /// <summary>
    /// The parts of the state kept as rows of their own (<see cref="CasePart"/>) that this commit
    /// writes: new ones inserted, the others replaced; parts not listed stand as stored. Written in
    /// the same transaction, and only if the case's version check passes. Empty for most kinds.
    /// </summary>
    public IReadOnlyList<CasePart> Parts { get; init; } = [];

    /// <summary>When the case last changed: the time of the last step.</summary>
    public DateTimeOffset UpdatedAt => Steps[^1].OccurredAt;

    /// <summary>Throws <see cref="ArgumentException"/> when the commit cannot be written as it stands.</summary>
    public void ThrowIfMalformed()
    {
        ArgumentException.ThrowIfNullOrEmpty(Kind);
        ArgumentException.ThrowIfNullOrEmpty(CaseId);
        ArgumentException.ThrowIfNullOrEmpty(StateJson);
        ArgumentNullException.ThrowIfNull(Index);
        ArgumentNullException.ThrowIfNull(Steps);
        if (ExpectedVersion < 0 || NewVersion <= ExpectedVersion)
        {
            throw new ArgumentException($"Case {Kind}/{CaseId}: version {ExpectedVersion} → {NewVersion} does not move forward.", nameof(NewVersion));
        }

        if (OpenedBy is not null && ExpectedVersion != 0)
        {
            throw new ArgumentException($"Case {Kind}/{CaseId}: only the commit that opens a case records a request key.", nameof(OpenedBy));
        }

        if (Steps.Count == 0)
        {
            throw new ArgumentException($"Case {Kind}/{CaseId}: a commit needs at least one ledger step.", nameof(Steps));
        }

        ArgumentNullException.ThrowIfNull(Parts);
        if (Parts.Any(p => p.Number < 0 || string.IsNullOrEmpty(p.Json)) || Parts.DistinctBy(p => p.Number).Count() != Parts.Count)
        {
            throw new ArgumentException($"Case {Kind}/{CaseId}: each part needs its own number (from 0) and its JSON.", nameof(Parts));
        }
    }
}
