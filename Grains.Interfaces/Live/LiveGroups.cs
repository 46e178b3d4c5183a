namespace Network.Grains.Interfaces.Live;

/// <summary>Names of the groups live messages are sent to (SignalR groups at the gateways).</summary>
public static class LiveGroups
{
    /// <summary>A point's screens: its matters' changes, its hall and its own load.</summary>
    public static string Point(string code) => $"point:{code}";

    /// <summary>Watchers of a point's whole subtree: its rolled-up load.</summary>
    public static string Subtree(string code) => $"subtree:{code}";

    /// <summary>A city's monitor: every change and every load in the city.</summary>
    public static string City(string code) => $"city:{code[..Math.Min(6, code.Length)]}";

    /// <summary>One case's page (a matter's, by receipt number).</summary>
    public static string Case(string caseId) => $"case:{caseId}";
}
