namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// A consultation as one actor sees it: who asked in clear only to its owner and the point's
/// directors, masked to others; <see cref="AllowedActions"/> lists what the asking actor may do now.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConsultationView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string? WindowId,
    [property: Id(4)] ConsultationChannel Channel,
    [property: Id(5)] string Topic,
    [property: Id(6)] string? Answer,
    [property: Id(7)] ConsultationStatus Status,
    [property: Id(8)] string? InquirerName,
    [property: Id(9)] string? InquirerPhone,
    [property: Id(10)] DateTimeOffset RecordedAt,
    [property: Id(11)] string FirstClerkId,
    [property: Id(12)] string OwnerClerkId,
    [property: Id(13)] string? MatterReceiptNumber,
    [property: Id(14)] int Version)
{
    [Id(15)]
    public DateTimeOffset? AnsweredAt { get; init; }

    [Id(16)]
    public IReadOnlyList<ConsultationAction> AllowedActions { get; init; } = [];

    /// <summary>Answered or turned into a matter: nothing more is owed on it.</summary>
    [Id(17)]
    public bool IsClosed { get; init; }
}
