using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Duty;

/// <summary>Monthly rosters in the case store (kind <see cref="CaseKind"/>), one case per point and month.</summary>
public sealed class RosterRepository(ICaseStore store) : CaseJournal<RosterState>(store)
{
    public const string CaseKind = "duty-roster";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => DutyJson.Options;

    public Task<RosterState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(string key, DutyChange<RosterState> change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(key, change.ExpectedVersion == 0 ? null : change.Before, change.Steps, change.ExpectedVersion, change.NewVersion, null, deadline, null, cancellationToken);

    protected override CaseIndex IndexOf(RosterState state, DateOnly? nextCheckOn) => new(
        state.PointCode, state.PointCode, null, null, state.Status.ToString(), IsOpen: !state.IsClosed, state.OpenedAt ?? DateTimeOffset.MinValue, null, false);
}
