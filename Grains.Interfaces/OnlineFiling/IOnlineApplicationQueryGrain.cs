using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>Lists online applications from the case store.</summary>
public interface IOnlineApplicationQueryGrain : IGrainWithIntegerKey
{
    /// <summary>The applications sent to a point within the actor's reach, newest first; <paramref name="openOnly"/>: those still to pre-examine.</summary>
    Task<IReadOnlyList<OnlineApplicationSummary>> List(Actor actor, string pointCode, bool openOnly, int limit);

    /// <summary>The public status of a point's applications started within a period (Open311's GET requests), newest first.</summary>
    Task<IReadOnlyList<OnlineApplicationPublicStatus>> ListPublic(string pointCode, string? itemId, DateTimeOffset? from, DateTimeOffset? to, int limit);
}
