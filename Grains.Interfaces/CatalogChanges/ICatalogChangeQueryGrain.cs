using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.CatalogChanges;

/// <summary>Lists catalog changes from the case store, within the actor's reach.</summary>
public interface ICatalogChangeQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<CatalogChangeSummary>> List(Actor actor, CatalogChangeQuery query);
}
