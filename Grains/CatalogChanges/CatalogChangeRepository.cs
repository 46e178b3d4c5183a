using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.CatalogChanges;

/// <summary>
/// Catalog changes in the case store (kind <see cref="CaseKind"/>): point = the proposing point,
/// current point = the approving city, handler = the proposer, open while proposed.
/// </summary>
public sealed class CatalogChangeRepository(ICaseStore store, OversightJson json) : OversightJournal<CatalogChangeState>(store)
{
    public const string CaseKind = "catalog-change";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override CatalogChangeState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<CatalogChangeState>(stateJson, json.Options) ?? throw new FormatException("Stored catalog change is empty.");

    protected override CaseIndex IndexOf(CatalogChangeState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.CityCode,
        null,
        state.ProposedBy,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.ProposedAt,
        nextCheckOn,
        DueProvisional: false);
}
