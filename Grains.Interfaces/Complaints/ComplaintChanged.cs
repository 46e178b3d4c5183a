using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// A complaint's state after a committed change, as pushed live to the workbenches of the point it
/// is about and the point handling it, and to the city's monitor. No personal data: neither the
/// complainant nor the clerk complained about, nor the content.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintChanged(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string HandlingPointCode,
    [property: Id(3)] ComplaintType Type,
    [property: Id(4)] ComplaintChannel Channel,
    [property: Id(5)] ComplaintSubjectKind SubjectKind,
    [property: Id(6)] ComplaintStatus Status,
    [property: Id(7)] string Action,
    [property: Id(8)] DateOnly? DueDate,
    [property: Id(9)] FlagLevel Flag,
    [property: Id(10)] DateTimeOffset RegisteredAt,
    [property: Id(11)] DateTimeOffset At,
    [property: Id(12)] bool IsClosed,
    [property: Id(13)] int Version);
