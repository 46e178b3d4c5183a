using Network.Grains.Interfaces.Ledger;
using Network.Grains.Matters;

namespace Network.Grains.Storage;

/// <summary>One step of a change: its ledger row and the state right after it.</summary>
public sealed record MatterStep(LedgerEntry Entry, MatterState After);

/// <summary>
/// One atomic change of a matter: one or more steps (an immediate intake is "accepted" then
/// "completed"). The store writes the final state and every step's ledger row in one
/// transaction, or nothing.
/// </summary>
public sealed record MatterCommit(MatterState? Before, IReadOnlyList<MatterStep> Steps)
{
    /// <summary>The day the matter may next need a deadline flag, for its point's sweep; null if none.</summary>
    public DateOnly? NextCheckOn { get; init; }

    public MatterState After => Steps[^1].After;

    /// <summary>The version the stored row must still have (0: the matter must not exist yet).</summary>
    public int ExpectedVersion => Before?.Version ?? 0;

    /// <summary>Each step with the state before it.</summary>
    public IEnumerable<(MatterStep Step, MatterState? Before)> StepsWithBefore()
    {
        var before = Before;
        foreach (var step in Steps)
        {
            yield return (step, before);
            before = step.After;
        }
    }
}
