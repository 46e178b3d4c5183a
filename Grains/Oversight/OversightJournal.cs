using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Oversight;

/// <summary>
/// An oversight kind in the case store: its state as JSON, the index its kind derives, a ledger row
/// per step. The kind supplies its name, JSON options and index (<see cref="CaseJournal{TState}"/>).
/// </summary>
public abstract class OversightJournal<TState>(ICaseStore store) : CaseJournal<TState>(store)
    where TState : class, IOversightState<TState>
{
    public string KindName => Kind;

    public Task<TState?> LoadAsync(string number, CancellationToken cancellationToken = default) => LoadStateAsync(number, cancellationToken);

    public Task CommitAsync(OversightChange<TState> change, DateOnly? nextCheckOn, DateTimeOffset? deadline = null, CancellationToken cancellationToken = default)
    {
        var steps = change.Steps
            .Select(s => (Row: new CaseStep(
                s.Row.Sequence, s.Row.OccurredAt, s.Row.ActorId, s.Row.PointCode, null, s.Row.Action,
                s.Row.StatusBefore, s.Row.StatusAfter, s.Row.Detail, Changes: string.Empty), s.After))
            .ToArray();
        return CommitStepsAsync(change.After.Number, change.Before, steps, change.ExpectedVersion, change.After.Version, nextCheckOn, deadline, null, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseHistoryRow>> ReadHistoryAsync(string number, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(number, cancellationToken))
            .Select(r => new CaseHistoryRow(r.CaseId, r.Step.Sequence, r.Step.OccurredAt, r.Step.ActorId, r.Step.PointCode, r.Step.Action, r.Step.StatusBefore, r.Step.StatusAfter, r.Step.Detail))
            .ToArray();

    /// <summary>The state of stored JSON (the read side's rows).</summary>
    public abstract TState Deserialize(string json);
}
