namespace Network.Grains.Interfaces.Fees;

/// <summary>A printable receipt (收据): the point and window, the line, and whether it was refunded. Money in fen.</summary>
[GenerateSerializer, Immutable]
public sealed record FeeReceipt(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string WindowName,
    [property: Id(4)] CollectionLineView Line,
    [property: Id(5)] string? FeeBasis,
    [property: Id(6)] string? FeeUnit);
