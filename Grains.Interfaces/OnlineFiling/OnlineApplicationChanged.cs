using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// An online application after a committed change, as pushed live to its point's clerks (the
/// pre-examination list) and the city's monitor. No personal data: neither the applicant, nor the
/// postal address, nor what was asked for, nor any file; the list reads the rest itself.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationChanged(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string ItemId,
    [property: Id(4)] OnlineApplicationStatus Status,
    [property: Id(5)] string Action,
    [property: Id(6)] DateOnly? PreExamineBy,
    [property: Id(7)] FlagLevel Flag,
    [property: Id(8)] int FileCount,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] bool IsClosed,
    [property: Id(11)] int Version);
