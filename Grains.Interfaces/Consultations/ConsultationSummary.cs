namespace Network.Grains.Interfaces.Consultations;

/// <summary>One line of a point's consultations: no personal data (who asked is not listed).</summary>
[GenerateSerializer, Immutable]
public sealed record ConsultationSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] ConsultationChannel Channel,
    [property: Id(3)] string Topic,
    [property: Id(4)] ConsultationStatus Status,
    [property: Id(5)] DateTimeOffset RecordedAt,
    [property: Id(6)] string OwnerClerkId,
    [property: Id(7)] string? MatterReceiptNumber);
