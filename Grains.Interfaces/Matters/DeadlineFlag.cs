namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// A yellow or red flag on a matter's deadline (or one window's part of it), sent to the point's
/// director and the supervising tier.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeadlineFlag(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string ItemName,
    [property: Id(3)] string? PartWindowId,
    [property: Id(4)] FlagLevel Level,
    [property: Id(5)] DateOnly DueDate,
    [property: Id(6)] DateTimeOffset RaisedAt);
