using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// Read-only lists and counts of complaints (a stateless worker; key: any integer, use 0). The
/// grain checks that the actor's jurisdiction reaches the point or city asked about.
/// </summary>
public interface IComplaintQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Complaints handled at a point (or about it), for the director's workbench.</summary>
    Task<IReadOnlyList<ComplaintSummary>> List(Actor actor, ComplaintQuery query);

    /// <summary>Complaints registered today (China time) per point of a city, for the city monitor.</summary>
    Task<IReadOnlyDictionary<string, int>> CountToday(Actor actor, string cityCode);
}
