namespace Network.Gateway.Live;

/// <summary>Names of the SignalR groups live status is sent to.</summary>
public static class LiveGroups
{
    /// <summary>A point's screens: its matters' changes and its own load.</summary>
    public static string Point(string code) => $"point:{code}";

    /// <summary>Watchers of a point's whole subtree: its rolled-up load.</summary>
    public static string Subtree(string code) => $"subtree:{code}";

    /// <summary>A city's monitor: every change and every load in the city.</summary>
    public static string City(string code) => $"city:{code[..Math.Min(6, code.Length)]}";

    /// <summary>A matter's page.</summary>
    public static string Matter(string receipt) => $"matter:{receipt}";
}
