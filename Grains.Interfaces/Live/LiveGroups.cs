namespace Network.Grains.Interfaces.Live;

/// <summary>Names of the groups live messages are sent to (SignalR groups at the gateways).</summary>
public static class LiveGroups
{
    /// <summary>
    /// A point's clerks' screens (signed in, within reach): its matters' changes with receipt
    /// numbers and handling clerks, its hall and its own load.
    /// </summary>
    public static string Point(string code) => $"point:{code}";

    /// <summary>
    /// A point's public screens (hall displays, anyone without signing in): only payloads that are
    /// <see cref="IPublicLivePayload"/> — its hall and its own load; never a matter's change.
    /// </summary>
    public static string Public(string code) => $"{PublicPrefix}{code}";

    /// <summary>Whether <paramref name="group"/> is a public group (<see cref="Public"/>), whose members need not be signed in.</summary>
    public static bool IsPublic(string group) => group.StartsWith(PublicPrefix, StringComparison.Ordinal);

    private const string PublicPrefix = "public:";

    /// <summary>Watchers of a point's whole subtree: its rolled-up load.</summary>
    public static string Subtree(string code) => $"subtree:{code}";

    /// <summary>A city's monitor: every change and every load in the city.</summary>
    public static string City(string code) => $"city:{code[..Math.Min(6, code.Length)]}";

    /// <summary>One case's page (a matter's, by receipt number).</summary>
    public static string Case(string caseId) => $"case:{caseId}";
}
