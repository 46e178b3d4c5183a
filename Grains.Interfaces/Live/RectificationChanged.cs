using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;

namespace Network.Grains.Interfaces.Live;

/// <summary>
/// A rectification changed (kind <see cref="LiveKinds.Rectification"/>), for the directors'
/// workbenches of its point and of the supervising tier. No personal data: no comment, no name.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RectificationChanged(
    [property: Id(0)] string Id,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string ItemName,
    [property: Id(4)] RatingLevel Level,
    [property: Id(5)] RectificationStatus Status,
    [property: Id(6)] string Action,
    [property: Id(7)] DateOnly CallBackDue,
    [property: Id(8)] DateOnly? DueDate,
    [property: Id(9)] FlagLevel Flag,
    [property: Id(10)] bool IsClosed,
    [property: Id(11)] bool Named,
    [property: Id(12)] DateTimeOffset At,
    [property: Id(13)] int Version);
