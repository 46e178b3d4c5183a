using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Duty;

/// <summary>
/// Read-only lists over recorded duty (a stateless worker; key: any integer, use 0). The grain checks
/// that the actor's jurisdiction reaches the point asked about.
/// </summary>
public interface IDutyQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Every vacant post (空岗) recorded at <paramref name="pointCode"/> and every point below it, from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<IReadOnlyList<VacantPostRecord>> ListVacantPosts(Actor actor, string pointCode, DateOnly from, DateOnly to);
}
