using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Ratings;

/// <summary>
/// Ratings in the case store (kind <see cref="CaseKind"/>): indexed by the point, window and clerk
/// that served, the status (the level, or <c>SetAside</c>), never open, and the time of rating: the
/// read side counts from these columns alone.
/// </summary>
public sealed class RatingRepository(ICaseStore store, RatingJson json) : CaseJournal<RatingState>(store)
{
    public const string CaseKind = "rating";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public Task<RatingState?> LoadAsync(string ratingId, CancellationToken cancellationToken = default) =>
        LoadStateAsync(ratingId, cancellationToken);

    public Task CommitAsync(RatingChange change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(change.After.Id, change.Before, [(change.Row, change.After)], change.ExpectedVersion, change.After.Version, null, deadline, null, cancellationToken);

    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(RatingState state) => Reports.Rollups.RatingFacts.Of(state);

    protected override CaseIndex IndexOf(RatingState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        state.WindowId,
        state.ClerkId,
        state.Status,
        IsOpen: !state.IsClosed,
        state.RatedAt,
        NextCheckOn: null,
        DueProvisional: false);
}
