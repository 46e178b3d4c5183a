using Network.Grains.Interfaces.Ledger;
using Network.Grains.Storage;

namespace Network.Grains.Matters;

/// <summary>
/// Collects the steps of one change of a matter: each step gets the next ledger sequence and
/// its own before/after status; every state in the change carries the version it will have
/// once committed.
/// </summary>
internal sealed class MatterChange(MatterState? before, DateTimeOffset at, string actorId)
{
    private readonly List<MatterStep> _steps = [];

    public MatterState? Before { get; } = before;

    public MatterState? Current { get; private set; } = before;

    public DateTimeOffset At { get; } = at;

    public string ActorId { get; } = actorId;

    /// <summary>The action of the last step recorded.</summary>
    public string LastAction => _steps.Count > 0 ? _steps[^1].Entry.Action : string.Empty;

    public MatterState Record(string action, MatterState next, string? detail = null, string? pointCode = null, string? windowId = null)
    {
        var sequence = (Current?.LedgerSequence ?? 0) + 1;
        next = next with { LedgerSequence = sequence, Version = (Before?.Version ?? 0) + 1 };
        var entry = new LedgerEntry(
            next.ReceiptNumber,
            sequence,
            At,
            ActorId,
            pointCode ?? next.PointCode,
            pointCode is null || pointCode == next.PointCode ? windowId ?? next.WindowId : windowId,
            action,
            Current?.Status,
            next.Status,
            detail);
        _steps.Add(new MatterStep(entry, next));
        Current = next;
        return next;
    }

    public MatterCommit ToCommit() =>
        _steps.Count > 0 ? new MatterCommit(Before, _steps) : throw new InvalidOperationException("A change needs at least one step.");
}
