namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The one-time notice of missing materials (一次性告知书): every missing material, listed once,
/// so the citizen never has to come back to learn of another.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MissingMaterialsNotice(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointName,
    [property: Id(2)] string ItemName,
    [property: Id(3)] IReadOnlyList<string> Missing,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] string ClerkId);
