using System.Text.Json;
using Network.Grains.Calendar;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters;

/// <summary>
/// Matters in the case store (kind <see cref="CaseKind"/>): the state as JSON, the columns the
/// read side queries, and per step a ledger row with the fields it changed, so the citizen's
/// details are written once, at intake, and the ledger of a matter that moves often grows linearly.
/// </summary>
public sealed class MatterRepository(ICaseStore store, MatterJson json, WorkingDayCalendarProvider calendars) : CaseJournal<MatterState>(store), IMatterRepository
{
    public const string CaseKind = "matter";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public Task<MatterState?> LoadAsync(string receiptNumber, CancellationToken cancellationToken = default) =>
        LoadStateAsync(receiptNumber, cancellationToken);

    public Task CommitAsync(MatterChange change, DateOnly? nextCheckOn, DateTimeOffset? deadline = null, RequestKey? openedBy = null, CancellationToken cancellationToken = default, Action? committed = null)
    {
        var steps = change.Steps
            .Select(s => (Row: new CaseStep(
                s.Entry.Sequence,
                s.Entry.OccurredAt,
                s.Entry.ActorId,
                s.Entry.PointCode,
                s.Entry.WindowId,
                s.Entry.Action,
                s.Entry.StatusBefore?.ToString(),
                s.Entry.StatusAfter.ToString(),
                s.Entry.Detail,
                Changes: string.Empty), s.After))
            .ToArray();
        return CommitStepsAsync(change.After.ReceiptNumber, change.Before, steps, change.ExpectedVersion, change.After.Version, nextCheckOn, deadline, openedBy, cancellationToken, committed);
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadLedgerAsync(string receiptNumber, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(receiptNumber, cancellationToken)).Select(ToEntry).ToArray();

    /// <summary>The matter's facts in the report rollups, with working days from the silo's calendar.</summary>
    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(MatterState state) => Reports.Rollups.MatterFacts.Of(state, calendars.Current);

    protected override CaseIndex IndexOf(MatterState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.CurrentPointCode,
        state.WindowId,
        state.HandlerClerkId,
        state.Status.ToString(),
        IsOpen: !state.IsClosed,
        state.ReceivedAt,
        nextCheckOn,
        DueProvisional: state.DueDateProvisional && !state.IsClosed);

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
