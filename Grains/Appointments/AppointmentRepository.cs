using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Appointments;

/// <summary>
/// A point's appointment book of one day in the case store (kind <see cref="CaseKind"/>, id
/// <c>{point}/{date}</c>), with one ledger row per booking step (the booking code in its detail).
/// Open while a booking still waits for its citizen (<see cref="AppointmentBookState.IsClosed"/>).
/// </summary>
public sealed class AppointmentRepository(ICaseStore store, AppointmentJson json) : CaseJournal<AppointmentBookState>(store)
{
    public const string CaseKind = "appointment";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public Task<AppointmentBookState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(AppointmentChange change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(
            QueueKeys.Of(DivisionCode.Parse(change.After.PointCode), change.After.Date),
            change.ExpectedVersion == 0 ? null : change.Before,
            change.Steps.Select(s => (s.Row, s.After)).ToArray(),
            change.ExpectedVersion,
            change.After.Version,
            nextCheckOn: change.After.IsClosed ? null : change.After.Date,
            deadline,
            openedBy: null,
            cancellationToken);

    public async Task<IReadOnlyList<CaseStep>> ReadLedgerAsync(string key, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(key, cancellationToken)).Select(r => r.Step).ToArray();

    /// <summary>The day's bookings in the report rollups.</summary>
    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(AppointmentBookState state) => Reports.Rollups.AppointmentFacts.Of(state);

    protected override CaseIndex IndexOf(AppointmentBookState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        WindowId: null,
        HandlerId: null,
        state.IsClosed ? "Settled" : "Booked",
        IsOpen: !state.IsClosed,
        new DateTimeOffset(state.Date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset),
        nextCheckOn,
        DueProvisional: false);
}
