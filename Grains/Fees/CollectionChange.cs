using Network.Grains.Cases.Storage;

namespace Network.Grains.Fees;

/// <summary>
/// The outcome of one command on a collection day: its ledger step and the state after it (with the
/// version it has once committed). The store writes both in one transaction, or nothing.
/// </summary>
public sealed class CollectionChange(CollectionDayState before, DateTimeOffset at, string actorId, string? fingerprint = null)
{
    public CollectionDayState Before { get; } = before;

    public CollectionDayState After { get; private set; } = before;

    public CaseStep? Step { get; private set; }

    public int ExpectedVersion => Before.Version;

    public CollectionDayState Record(string action, CollectionDayState next, string? detail = null)
    {
        var sequence = Before.LedgerSequence + 1;
        next = next with { LedgerSequence = sequence, Version = Before.Version + 1, OpenedAt = Before.OpenedAt ?? at, LastCommandFingerprint = fingerprint };
        Step = new CaseStep(sequence, at, actorId, next.PointCode, next.WindowId, action, Before.Version == 0 ? null : Before.Status.ToString(), next.Status.ToString(), detail, string.Empty);
        After = next;
        return next;
    }
}
