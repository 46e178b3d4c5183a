namespace Network.Grains;

/// <summary>Names of the Orleans storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>Grain storage for slow-changing grains: service points, catalogs, the calendar.</summary>
    public const string Network = "network";
}
