using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Petitions;

/// <summary>Read-only lists of petitions (a stateless worker; key 0), within the actor's reach.</summary>
public interface IPetitionQueryGrain : IGrainWithIntegerKey
{
    /// <summary>A point's petitions, newest first; open ones only unless <paramref name="openOnly"/> is false.</summary>
    Task<IReadOnlyList<PetitionSummary>> List(Actor actor, string pointCode, bool openOnly = true, int limit = 100);
}
