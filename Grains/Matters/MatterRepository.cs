using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters;

/// <summary>
/// Matters in the case store (kind <see cref="Kind"/>): the state as JSON, the columns the read
/// side queries, and per step a ledger row with the fields it changed (an RFC 6902 patch from the
/// state before the step), so the citizen's details are written once, at intake, and the ledger
/// of a matter that moves often grows linearly.
/// </summary>
public sealed class MatterRepository(ICaseStore store) : IMatterRepository
{
    public const string Kind = "matter";

    public async Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default) =>
        await store.LoadAsync(Kind, receiptNumber, cancellationToken) is { } stored ? MatterJson.Deserialize(stored.StateJson) : null;

    public Task CommitAsync(MatterChange change, DateOnly? nextCheckOn, CancellationToken cancellationToken = default)
    {
        var after = change.After;
        var beforeJson = change.Before is null ? null : MatterJson.Serialize(change.Before);
        var steps = new List<CaseStep>(change.Steps.Count);
        var afterJson = string.Empty;
        foreach (var (step, _) in change.StepsWithBefore())
        {
            afterJson = MatterJson.Serialize(step.After);
            var e = step.Entry;
            steps.Add(new CaseStep(
                e.Sequence,
                e.OccurredAt,
                e.ActorId,
                e.PointCode,
                e.WindowId,
                e.Action,
                e.StatusBefore?.ToString(),
                e.StatusAfter.ToString(),
                e.Detail,
                JsonChanges.Diff(beforeJson, afterJson)));
            beforeJson = afterJson;
        }

        var index = new CaseIndex(
            after.PointCode,
            after.CurrentPointCode,
            after.WindowId,
            after.HandlerClerkId,
            after.Status.ToString(),
            IsOpen: !after.IsClosed,
            after.ReceivedAt,
            nextCheckOn,
            DueProvisional: after.DueDateProvisional && !after.IsClosed);
        return store.CommitAsync(new CaseCommit(Kind, after.ReceiptNumber, change.ExpectedVersion, after.Version, afterJson, index, steps), cancellationToken);
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default) =>
        (await store.ReadLedgerAsync(Kind, receiptNumber, cancellationToken)).Select(ToEntry).ToArray();

    public static LedgerEntry ToEntry(CaseLedgerRow row) => new(
        row.CaseId,
        row.Step.Sequence,
        row.Step.OccurredAt,
        row.Step.ActorId,
        row.Step.PointCode,
        row.Step.WindowId,
        row.Step.Action,
        row.Step.StatusBefore is null ? null : Enum.Parse<MatterStatus>(row.Step.StatusBefore),
        Enum.Parse<MatterStatus>(row.Step.StatusAfter),
        row.Step.Detail);
}
