using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Duty;

/// <summary>
/// Attendance sheets in the case store (kind <see cref="CaseKind"/>), one case per point and day.
/// Each vacant post found is a ledger row of action <c>vacantPost</c> (window, shift in the detail),
/// which is what <see cref="IVacantPostQueries"/> counts.
/// </summary>
public sealed class AttendanceRepository(ICaseStore store) : CaseJournal<AttendanceState>(store)
{
    public const string CaseKind = "attendance-day";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => DutyJson.Options;

    public Task<AttendanceState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(string key, DutyChange<AttendanceState> change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(key, change.ExpectedVersion == 0 ? null : change.Before, change.Steps, change.ExpectedVersion, change.NewVersion, null, deadline, null, cancellationToken);

    /// <summary>The day's vacant posts in the report rollups.</summary>
    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(AttendanceState state) => Reports.Rollups.AttendanceFacts.Of(state);

    protected override CaseIndex IndexOf(AttendanceState state, DateOnly? nextCheckOn) => new(
        state.PointCode, state.PointCode, null, null, state.IsClosed ? "Settled" : "Pending", IsOpen: !state.IsClosed, state.OpenedAt ?? DateTimeOffset.MinValue, null, false);
}
