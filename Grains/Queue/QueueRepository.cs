using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Queue;

/// <summary>
/// A point's queue of one day in the case store (kind <see cref="CaseKind"/>, id
/// <c>{point}/{date}</c>): the tickets as JSON (no personal data: a ticket has none), and one
/// ledger row per ticket step with the ticket's number in its detail. Open while anyone is in
/// the hall's queue (<see cref="QueueState.IsClosed"/>).
/// </summary>
public sealed class QueueRepository(ICaseStore store) : CaseJournal<QueueState>(store)
{
    public const string CaseKind = "queue";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => QueueJson.Options;

    protected override IEnumerable<RollupFact> FactsOf(QueueState state) => QueueFacts.Of(state);

    /// <summary>A step's patch from the tickets it changed, not from the whole day (<see cref="QueuePatch"/>).</summary>
    protected override string? PatchOf(QueueState before, QueueState after) => QueuePatch.Between(before, after);

    /// <summary>The facts of the tickets the commit changed, after minus before: the others' cancel out.</summary>
    protected override IReadOnlyList<RollupFact> RollupBetween(QueueState? before, QueueState after)
    {
        if (before is null || after.Tickets.Count < before.Tickets.Count)
        {
            return base.RollupBetween(before, after);
        }

        var changed = QueuePatch.Changed(before, after).ToArray();
        return RollupDelta.Between(
            QueueFacts.Of(before.PointCode, changed.Where(i => i < before.Tickets.Count).Select(i => before.Tickets[i])),
            QueueFacts.Of(after.PointCode, changed.Select(i => after.Tickets[i])));
    }

    public Task<QueueState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(QueueChange change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(
            QueueKeys.Of(Interfaces.Network.DivisionCode.Parse(change.After.PointCode), change.After.Date),
            change.ExpectedVersion == 0 ? null : change.Before,
            change.Steps.Select(s => (s.Row, s.After)).ToArray(),
            change.ExpectedVersion,
            change.After.Version,
            nextCheckOn: null,
            deadline,
            openedBy: null,
            cancellationToken);

    /// <summary>The day's ledger: one row per ticket step.</summary>
    public async Task<IReadOnlyList<CaseStep>> ReadLedgerAsync(string key, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(key, cancellationToken)).Select(r => r.Step).ToArray();

    protected override CaseIndex IndexOf(QueueState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        WindowId: null,
        HandlerId: null,
        state.IsClosed ? "Quiet" : "Waiting",
        IsOpen: !state.IsClosed,
        state.Tickets.Count > 0 ? state.Tickets[0].IssuedAt : new DateTimeOffset(state.Date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset),
        nextCheckOn,
        DueProvisional: false);
}
