namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// A consultation after a committed change, as pushed live to its point's clerks (the day's list).
/// No personal data and no free text: neither who asked, nor the topic, nor the answer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConsultationChanged(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string? WindowId,
    [property: Id(3)] ConsultationStatus Status,
    [property: Id(4)] string Action,
    [property: Id(5)] string OwnerClerkId,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] bool IsClosed,
    [property: Id(8)] int Version);
