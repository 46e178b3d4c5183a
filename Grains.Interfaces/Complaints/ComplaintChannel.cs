namespace Network.Grains.Interfaces.Complaints;

/// <summary>How a complaint reached the network.</summary>
public enum ComplaintChannel
{
    /// <summary>At the hall (现场): recorded by a clerk or the director.</summary>
    Hall = 0,

    /// <summary>The supervision phone (监督电话): recorded by staff.</summary>
    Phone = 1,

    /// <summary>The public web page (网上投诉): filed by the citizen, anonymous allowed.</summary>
    Web = 2,
}
