using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// A citizen's application taken in at a window by a clerk (受理): the item applied for and the
/// materials handed in. The same request sent twice to the same receipt number is one intake, and
/// so is the same request sent twice under the same <see cref="Key"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IntakeRequest(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string ItemId,
    [property: Id(4)] Citizen Citizen,
    [property: Id(5)] IReadOnlyList<string> MaterialsHandedIn)
{
    /// <summary>
    /// The client's Idempotency-Key, recorded with the matter's first commit; a retry under it is
    /// answered with the matter the key already opened. Not part of what the intake is (its
    /// fingerprint), only of how it was asked for.
    /// </summary>
    [Id(6)]
    [JsonIgnore]
    public RequestKey? Key { get; init; }

    /// <summary>The consultation (咨询) the matter is turned from, when a consultation's clerk takes it in (links both).</summary>
    [Id(7)]
    public string? FromConsultation { get; init; }
}
