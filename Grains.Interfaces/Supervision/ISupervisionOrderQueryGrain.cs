using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Supervision;

/// <summary>Read-only lists of supervision orders (a stateless worker; key 0); the grain checks the actor's reach.</summary>
public interface ISupervisionOrderQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<SupervisionOrderSummary>> List(Actor actor, SupervisionOrderQuery query);
}
