using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;
using Network.Grains.Live;

namespace Network.Grains.Ratings;

/// <summary>Publishes a committed rating (kind <see cref="LiveKinds.Rating"/>) to its point, the supervising point and the city: no personal data.</summary>
internal static class RatingAnnouncer
{
    public static void Announce(LiveStatusPublisher publisher, RatingState rating, DateTimeOffset at)
    {
        var groups = new List<string> { LiveGroups.Point(rating.PointCode), LiveGroups.City(rating.PointCode) };
        if (DivisionCode.Parse(rating.PointCode).Parent is { } parent)
        {
            groups.Add(LiveGroups.Point(parent.Value));
        }

        publisher.Publish(new LiveMessage(
            LiveKinds.Rating,
            groups,
            new RatingRecorded(rating.PointCode, rating.WindowId, rating.Level, rating.IsBad, rating.SetAside, at)));
    }

    public static void DeskChanged(LiveStatusPublisher publisher, string pointCode, string windowId, long serial) =>
        publisher.Publish(new LiveMessage(LiveKinds.RatingDesk, [LiveGroups.Public(pointCode)], new RatingDeskChanged(pointCode, windowId, serial)));
}
