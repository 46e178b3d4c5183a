namespace Network.Grains.Interfaces.Live;

/// <summary>
/// A window's rating device has something new to show (kind <see cref="LiveKinds.RatingDesk"/>):
/// only which window, and a counter. Public: the device is not signed in; it then asks the desk
/// with its secret what to show, so the message itself tells nobody anything.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RatingDeskChanged(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] long Serial) : IPublicLivePayload;
