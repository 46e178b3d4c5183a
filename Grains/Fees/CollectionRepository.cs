using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Fees;

/// <summary>Collection days in the case store (kind <see cref="CaseKind"/>), one case per window per day.</summary>
public sealed class CollectionRepository(ICaseStore store, CollectionJson json) : CaseJournal<CollectionDayState>(store)
{
    public const string CaseKind = "collection-day";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public Task<CollectionDayState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(string key, CollectionChange change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(
            key,
            change.Before.Version == 0 ? null : change.Before,
            [(change.Step ?? throw new InvalidOperationException("A change needs a step."), change.After)],
            change.ExpectedVersion,
            change.After.Version,
            null,
            deadline,
            null,
            cancellationToken);

    /// <summary>The day's receipts in the report rollups.</summary>
    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(CollectionDayState state) => Reports.Rollups.CollectionFacts.Of(state);

    protected override CaseIndex IndexOf(CollectionDayState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        state.WindowId,
        null,
        state.Status.ToString(),
        IsOpen: !state.IsClosed,
        state.OpenedAt ?? DateTimeOffset.MinValue,
        null,
        DueProvisional: false);
}
