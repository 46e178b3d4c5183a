namespace Network.Grains.OnlineFiling;

/// <summary>What the point's sweep asks of an online application: internal, never in Grains.Interfaces.</summary>
public interface IOnlineApplicationUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Raises the late flag if due; false when there is no such application.</summary>
    Task<bool> CheckDeadlines();
}
