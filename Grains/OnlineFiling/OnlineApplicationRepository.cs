using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling;

/// <summary>
/// Online applications in the case store (kind <see cref="CaseKind"/>): point = current point = the
/// point applied to, window = the item's window, handler = the clerk who pre-examined it, open
/// until accepted or refused; the next deadline check (the day after the pre-examination is due).
/// </summary>
public sealed class OnlineApplicationRepository(ICaseStore store, OnlineFilingJson json) : OversightJournal<OnlineApplicationState>(store)
{
    public const string CaseKind = "online-application";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override OnlineApplicationState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<OnlineApplicationState>(stateJson, json.Options) ?? throw new FormatException("Stored online application is empty.");

    protected override CaseIndex IndexOf(OnlineApplicationState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        state.WindowId,
        state.ExaminedBy,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.StartedAt,
        nextCheckOn,
        DueProvisional: false);
}
