using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Assessment;

/// <summary>
/// Published 通报 in the case store (kind <see cref="CaseKind"/>, case id <c>{city}/{yyyy-MM}</c>):
/// point = current point = the city; one ledger row, <c>published</c>. No citizen's data in it.
/// </summary>
public sealed class BulletinRepository(ICaseStore store) : CaseJournal<BulletinState>(store)
{
    public const string CaseKind = "bulletin";
    public const string PublishedAction = "published";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => Json;

    public Task<BulletinState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public BulletinState Deserialize(string stateJson) =>
        JsonSerializer.Deserialize<BulletinState>(stateJson, Json) ?? throw new FormatException("Stored 通报 is empty.");

    /// <summary>Records the 通报 once (version 0 → 1); a second publication of the same month loses the version check.</summary>
    public Task CommitAsync(string key, BulletinState state, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(
            key,
            null,
            [(new CaseStep(1, state.PublishedAt, state.PublishedBy, state.CityCode, null, PublishedAction, null, "Published", $"通报 {state.Number} of {state.Month}", string.Empty), state)],
            expectedVersion: 0,
            newVersion: 1,
            nextCheckOn: null,
            deadline,
            openedBy: null,
            cancellationToken);

    protected override CaseIndex IndexOf(BulletinState state, DateOnly? nextCheckOn) => new(
        state.CityCode, state.CityCode, null, null, "Published", IsOpen: !BulletinState.IsClosed, state.PublishedAt, null, DueProvisional: false);
}
