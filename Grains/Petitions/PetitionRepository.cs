using System.Text.Json;
using Network.Grains.ApplicantCases;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions;

/// <summary>
/// Petitions in the case store (kind <see cref="CaseKind"/>): point = where registered, handler =
/// who registered it, open until declined or replied to; the next deadline check for the sweep.
/// </summary>
public sealed class PetitionRepository(ICaseStore store, ApplicantCaseJson json) : OversightJournal<PetitionState>(store)
{
    public const string CaseKind = "petition";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override PetitionState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<PetitionState>(stateJson, json.Options) ?? throw new FormatException("Stored petition is empty.");

    protected override CaseIndex IndexOf(PetitionState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        null,
        state.RegisteredBy,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.RegisteredAt,
        nextCheckOn,
        DueProvisional: false);
}
