using Network.Grains.Interfaces.Ledger;

namespace Network.Grains.Matters;

/// <summary>One step of a change: its ledger row and the state right after it.</summary>
public sealed record MatterStep(LedgerEntry Entry, MatterState After);

/// <summary>
/// The outcome of one command on a matter: one or more steps (an immediate intake is "accepted"
/// then "completed"), each with its ledger row and the state after it. Every state in the change
/// carries the version it will have once committed; the store writes the final state and every
/// step's ledger row in one transaction, or nothing.
/// </summary>
public sealed class MatterChange(MatterState? before, DateTimeOffset at, string actorId)
{
    private readonly List<MatterStep> _steps = [];

    public MatterState? Before { get; } = before;

    public MatterState? Current { get; private set; } = before;

    public DateTimeOffset At { get; } = at;

    public string ActorId { get; } = actorId;

    public IReadOnlyList<MatterStep> Steps => _steps;

    public bool IsEmpty => _steps.Count == 0;

    /// <summary>The final state (throws for an empty change).</summary>
    public MatterState After => _steps.Count > 0 ? _steps[^1].After : throw new InvalidOperationException("A change needs at least one step.");

    /// <summary>The version the stored row must still have (0: the matter must not exist yet).</summary>
    public int ExpectedVersion => Before?.Version ?? 0;

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
}
