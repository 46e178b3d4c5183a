using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Accountability;

/// <summary>
/// The read interface of accountability records for screens and later assessments (a stateless
/// worker; key 0). A clerk reads their own records; directors, supervisors and the city monitor
/// the records of points within their reach.
/// </summary>
public interface IAccountabilityQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<AccountabilityView>> List(Actor actor, AccountabilityQuery query);

    /// <summary>The records against the asking clerk, newest first (the console).</summary>
    Task<IReadOnlyList<AccountabilityView>> ListMine(Actor actor);
}
