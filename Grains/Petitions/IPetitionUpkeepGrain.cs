namespace Network.Grains.Petitions;

/// <summary>What the point's deadline sweep asks of a petition: internal, never in Grains.Interfaces.</summary>
public interface IPetitionUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Raises the flags due by now; false when the petition does not exist.</summary>
    Task<bool> CheckDeadlines();
}
