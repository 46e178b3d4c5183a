using System.Text.Json;
using Network.Grains.ApplicantCases;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.ProxyErrands;

/// <summary>
/// Proxy register entries in the case store (kind <see cref="CaseKind"/>, keyed by the matter's
/// receipt number): point = the matter's point, status = the last step, open until the call-back;
/// the next check of the call-back's deadline for the sweep.
/// </summary>
public sealed class ProxyErrandRepository(ICaseStore store, ApplicantCaseJson json) : OversightJournal<ProxyErrandState>(store)
{
    public const string CaseKind = "proxy-errand";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override ProxyErrandState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<ProxyErrandState>(stateJson, json.Options) ?? throw new FormatException("Stored proxy errand is empty.");

    protected override CaseIndex IndexOf(ProxyErrandState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        null,
        state.Steps[^1].ActorId,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.OpenedAt,
        nextCheckOn,
        DueProvisional: false);
}
