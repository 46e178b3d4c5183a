using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Oversight;

/// <summary>One step of a change: its ledger row and the state right after it.</summary>
public sealed record OversightStep<TState>(CaseHistoryRow Row, TState After);

/// <summary>
/// The outcome of one command on an oversight case: one or more steps, each with its ledger row and
/// the state after it, every state numbered with the version it will have once committed. The store
/// writes the final state and every step's row in one transaction, or nothing.
/// </summary>
public sealed class OversightChange<TState>(TState? before, DateTimeOffset at, string actorId)
    where TState : class, IOversightState<TState>
{
    private readonly List<OversightStep<TState>> _steps = [];

    public TState? Before { get; } = before;

    public TState? Current { get; private set; } = before;

    public DateTimeOffset At { get; } = at;

    public string ActorId { get; } = actorId;

    public IReadOnlyList<OversightStep<TState>> Steps => _steps;

    public bool IsEmpty => _steps.Count == 0;

    public TState After => _steps.Count > 0 ? _steps[^1].After : throw new InvalidOperationException("A change needs at least one step.");

    public int ExpectedVersion => Before?.Version ?? 0;

    public string LastAction => _steps.Count > 0 ? _steps[^1].Row.Action : string.Empty;

    /// <summary>Records a step at <paramref name="pointCode"/> (default: the case's point) and returns the numbered state.</summary>
    public TState Record(string action, TState next, string? detail = null, string? pointCode = null)
    {
        var sequence = (Current?.LedgerSequence ?? 0) + 1;
        next = next.Numbered(sequence, (Before?.Version ?? 0) + 1);
        _steps.Add(new OversightStep<TState>(
            new CaseHistoryRow(next.Number, sequence, At, ActorId, pointCode ?? next.PointCode, action, Current?.StatusName, next.StatusName, detail),
            next));
        Current = next;
        return next;
    }
}
