using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Supervision;

/// <summary>
/// Supervision orders in the case store (kind <see cref="CaseKind"/>): point = the point addressed,
/// current point = the issuing point, handler = the issuer, open until accepted.
/// </summary>
public sealed class SupervisionOrderRepository(ICaseStore store, OversightJson json) : OversightJournal<SupervisionOrderState>(store)
{
    public const string CaseKind = "supervision-order";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override SupervisionOrderState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<SupervisionOrderState>(stateJson, json.Options) ?? throw new FormatException("Stored supervision order is empty.");

    protected override CaseIndex IndexOf(SupervisionOrderState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.IssuerPointCode,
        null,
        state.IssuedBy,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.IssuedAt,
        nextCheckOn,
        DueProvisional: false);
}
