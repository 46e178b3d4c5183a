namespace Network.Grains.Supervision;

/// <summary>What the network itself asks of a supervision order: the deadline sweep. Internal to the silos.</summary>
public interface ISupervisionOrderUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Raises the flags due by now (a red one upward, live); false for an unknown order.</summary>
    Task<bool> CheckDeadlines();
}
