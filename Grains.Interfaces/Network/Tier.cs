namespace Network.Grains.Interfaces.Network;

/// <summary>The three tiers of the network, ordered from the bottom up so that tiers compare.</summary>
public enum Tier
{
    /// <summary>Village or community service station (村/社区便民服务站), 12-digit code.</summary>
    Village = 1,

    /// <summary>Township or street convenience service center (乡镇/街道便民服务中心), 9-digit code.</summary>
    Township = 2,

    /// <summary>City government service center (市政务服务中心), 6-digit code.</summary>
    City = 3,
}
