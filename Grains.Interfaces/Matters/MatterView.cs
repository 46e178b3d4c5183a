using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Interfaces.Matters;

/// <summary>A matter as clerks and the citizen see it. The resident ID number is masked.</summary>
[GenerateSerializer, Immutable]
public sealed record MatterView(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string WindowId,
    [property: Id(4)] string ItemId,
    [property: Id(5)] string ItemName,
    [property: Id(6)] MatterKind Kind,
    [property: Id(7)] MatterStatus Status,
    [property: Id(8)] string CitizenName,
    [property: Id(9)] string MaskedResidentId,
    [property: Id(10)] DateTimeOffset ReceivedAt,
    [property: Id(11)] string FirstClerkId,
    [property: Id(12)] string OwnerClerkId,
    [property: Id(13)] IReadOnlyList<string> MaterialsHandedIn,
    [property: Id(14)] MissingMaterialsNotice? Notice,
    [property: Id(15)] CommitmentSlip? Slip,
    [property: Id(16)] MatterOutcome? Outcome,
    [property: Id(17)] int Version);
