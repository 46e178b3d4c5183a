using System.Text.Json;
using Network.Grains.ApplicantCases;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Consultations;

/// <summary>
/// Consultations in the case store (kind <see cref="CaseKind"/>): point = where it was asked,
/// window = where, if named; handler = its first-inquiry owner (首问负责人), so the tally counts by
/// it; open until answered or turned into a matter; no deadline (it is not a matter).
/// </summary>
public sealed class ConsultationRepository(ICaseStore store, ApplicantCaseJson json) : OversightJournal<ConsultationState>(store)
{
    public const string CaseKind = "consultation";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override ConsultationState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<ConsultationState>(stateJson, json.Options) ?? throw new FormatException("Stored consultation is empty.");

    protected override CaseIndex IndexOf(ConsultationState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        state.WindowId,
        state.OwnerClerkId,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.RecordedAt,
        nextCheckOn,
        DueProvisional: false);
}
