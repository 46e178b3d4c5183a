namespace Network.Grains.ProxyErrands;

/// <summary>What the point's deadline sweep asks of a proxy errand: internal, never in Grains.Interfaces.</summary>
public interface IProxyErrandUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Raises the call-back's flag due by now; false when the errand does not exist.</summary>
    Task<bool> CheckDeadlines();
}
