using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>One line of a workbench's list of complaints. No personal data.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string HandlingPointCode,
    [property: Id(3)] ComplaintType Type,
    [property: Id(4)] ComplaintChannel Channel,
    [property: Id(5)] ComplaintSubjectKind SubjectKind,
    [property: Id(6)] ComplaintStatus Status,
    [property: Id(7)] DateTimeOffset RegisteredAt,
    [property: Id(8)] DateOnly? DueDate,
    [property: Id(9)] FlagLevel Flag,
    [property: Id(10)] bool IsClosed);
