namespace Network.Grains.Rectifications;

/// <summary>What the network's own grains ask of a rectification (internal).</summary>
internal interface IRectificationUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Opens the rectification of a bad rating; again: nothing (it is open already).</summary>
    Task Open(RectificationOpening opening);

    /// <summary>Raises the flag on the deadline in force when it is due (yellow, then red).</summary>
    Task CheckDeadlines();
}
