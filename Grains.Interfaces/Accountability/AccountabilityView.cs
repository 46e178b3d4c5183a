namespace Network.Grains.Interfaces.Accountability;

/// <summary>An accountability record as one actor sees it (the clerk concerned, their directors, supervisors, assessments).</summary>
[GenerateSerializer, Immutable]
public sealed record AccountabilityView(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string? ClerkId,
    [property: Id(4)] string? ClerkName,
    [property: Id(5)] string? WindowId,
    [property: Id(6)] string Reason,
    [property: Id(7)] AccountabilityMeasure Measure,
    [property: Id(8)] AccountabilityLink Link,
    [property: Id(9)] AccountabilityStatus Status,
    [property: Id(10)] DateTimeOffset RecordedAt,
    [property: Id(11)] string RecordedBy,
    [property: Id(12)] string RecordedAtPointCode,
    [property: Id(13)] DateTimeOffset? AcknowledgedAt,
    [property: Id(14)] int Version)
{
    [Id(15)]
    public IReadOnlyList<AccountabilityAction> AllowedActions { get; init; } = [];
}
