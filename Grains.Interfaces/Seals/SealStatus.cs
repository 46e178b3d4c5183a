namespace Network.Grains.Interfaces.Seals;

/// <summary>Where a seal (印章) stands.</summary>
public enum SealStatus
{
    /// <summary>Issued to the point, in its custodian's keeping (在用).</summary>
    InUse = 0,

    /// <summary>Retired (停用/缴销): never used again; its record stays.</summary>
    Retired = 1,
}
