using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Complaints;

/// <summary>
/// Complaints in the case store (kind <see cref="CaseKind"/>): point = the point it is about,
/// current point = the point handling it, window = the window complained about, handler = the
/// clerk complained about, open until filed; the next deadline check for the sweep.
/// </summary>
public sealed class ComplaintRepository(ICaseStore store, OversightJson json) : OversightJournal<ComplaintState>(store)
{
    public const string CaseKind = "complaint";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override ComplaintState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<ComplaintState>(stateJson, json.Options) ?? throw new FormatException("Stored complaint is empty.");

    protected override IEnumerable<Reports.Rollups.RollupFact> FactsOf(ComplaintState state) => Reports.Rollups.ComplaintFacts.Of(state);

    protected override CaseIndex IndexOf(ComplaintState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.HandlingPointCode,
        state.Subject.WindowId,
        state.Subject.ClerkId,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.RegisteredAt,
        nextCheckOn,
        DueProvisional: false);
}
