using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Seals;

/// <summary>Seals in the case store (kind <see cref="CaseKind"/>): point = current point = the seal's point, handler = its custodian, open while in use.</summary>
public sealed class SealRepository(ICaseStore store, OversightJson json) : OversightJournal<SealState>(store)
{
    public const string CaseKind = "seal";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override SealState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<SealState>(stateJson, json.Options) ?? throw new FormatException("Stored seal is empty.");

    protected override CaseIndex IndexOf(SealState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        null,
        state.CustodianId,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.IssuedAt,
        nextCheckOn,
        DueProvisional: false);
}
