using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// A city's monthly 通报 (key <c>{city}/{yyyy-MM}</c>), a kind of case (<c>bulletin</c>). Publishing
/// freezes the month's ranking and figures as they are then; publishing again answers the same
/// 通报 and records nothing. Every point of the city reads it.
/// </summary>
public interface IBulletinGrain : IGrainWithStringKey
{
    /// <summary>Publishes the month's 通报 (the city monitor or a director of the city center, once the month is over).</summary>
    Task<Bulletin> Publish(Actor actor);

    /// <summary>The published 通报 (404 <c>bulletin.notPublished</c> before).</summary>
    Task<Bulletin> Get(Actor actor);
}
