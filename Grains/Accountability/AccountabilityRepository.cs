using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Oversight;

namespace Network.Grains.Accountability;

/// <summary>
/// Accountability records in the case store (kind <see cref="CaseKind"/>): point = the point of the
/// clerk or window, current point = the recording point, window, handler = the clerk held to account.
/// </summary>
public sealed class AccountabilityRepository(ICaseStore store, OversightJson json) : OversightJournal<AccountabilityState>(store)
{
    public const string CaseKind = "accountability";

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => json.Options;

    public override AccountabilityState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<AccountabilityState>(stateJson, json.Options) ?? throw new FormatException("Stored accountability record is empty.");

    protected override CaseIndex IndexOf(AccountabilityState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.RecordedAtPointCode,
        state.WindowId,
        state.ClerkId,
        state.StatusName,
        IsOpen: !state.IsClosed,
        state.RecordedAt,
        null,
        DueProvisional: false);
}
