using Orleans.Concurrency;
namespace Network.Grains.Oversight;

/// <summary>
/// Electronic supervision's clock for the complaints and supervision orders about one point (key:
/// the point's code), like the matters' sweep of a point: one durable reminder, registered the first
/// time a case there has a deadline, wakes it every hour to check the cases due. Internal.
/// </summary>
public interface IOversightSweepGrain : IGrainWithStringKey
{
    /// <summary>Registers the hourly reminder if this activation has not yet (one-way, from a case's commit).</summary>
    [OneWay]
    Task Ensure();

    /// <summary>Checks the deadlines of the complaints and orders about the point due by today; returns how many were checked.</summary>
    Task<int> Sweep();
}
