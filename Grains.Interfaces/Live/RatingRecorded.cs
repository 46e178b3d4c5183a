using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// A rating was given or set aside (kind <see cref="LiveKinds.Rating"/>): the point and window, the
/// level, when. No receipt number, no comment, nothing about the citizen. Monitors recount on it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RatingRecorded(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] RatingLevel Level,
    [property: Id(3)] bool IsBad,
    [property: Id(4)] bool SetAside,
    [property: Id(5)] DateTimeOffset At);
