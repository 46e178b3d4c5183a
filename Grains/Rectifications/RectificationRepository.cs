using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Ratings;

namespace Network.Grains.Rectifications;

/// <summary>
/// Rectifications in the case store (kind <see cref="CaseKind"/>): indexed by the point that owns
/// it, the window and clerk that served, the status, <c>is_open</c>, the time of the rating and the
/// next day its flag may rise.
/// </summary>
public sealed class RectificationRepository(ICaseStore store, RatingJson json) : CaseJournal<RectificationState>(store)
{
    public const string CaseKind = "rectification";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public Task<RectificationState?> LoadAsync(string id, CancellationToken cancellationToken = default) =>
        LoadStateAsync(id, cancellationToken);

    public Task CommitAsync(RectificationChange change, DateOnly? nextCheckOn, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(change.After.Id, change.Before, change.Steps, change.ExpectedVersion, change.After.Version, nextCheckOn, deadline, null, cancellationToken);

    public async Task<IReadOnlyList<CaseHistoryEntry>> ReadHistoryAsync(string id, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(id, cancellationToken))
            .Select(r => new CaseHistoryEntry(r.Step.Sequence, r.Step.OccurredAt, r.Step.ActorId, r.Step.PointCode, r.Step.Action, r.Step.StatusBefore, r.Step.StatusAfter, r.Step.Detail))
            .ToArray();

    protected override CaseIndex IndexOf(RectificationState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.Status == RectificationStatus.Appealed ? Interfaces.Network.DivisionCode.Parse(state.PointCode).Parent?.Value ?? state.PointCode : state.PointCode,
        state.WindowId,
        state.ClerkId,
        state.Status.ToString(),
        IsOpen: !state.IsClosed,
        state.RatedAt,
        nextCheckOn,
        DueProvisional: false);
}
