using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Queue;

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

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => Json;

    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(QueueState state) => Reports.Rollups.QueueFacts.Of(state);

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
