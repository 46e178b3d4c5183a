namespace Network.Grains.Complaints;

/// <summary>What the network itself asks of a complaint (the same grain as its client-facing interface): the deadline sweep. Internal to the silos.</summary>
public interface IComplaintUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Raises the flags due by now; false for an unknown complaint.</summary>
    Task<bool> CheckDeadlines();
}
