namespace Network.Gateway.Security;

/// <summary>The roles of gateway accounts.</summary>
public static class Roles
{
    /// <summary>A window's A or B clerk (窗口工作人员): acts at their own point, at their windows.</summary>
    public const string WindowClerk = nameof(WindowClerk);

    /// <summary>A center's director (中心主任): reads their point and every point below; switches A/B and hands over at their point.</summary>
    public const string CenterDirector = nameof(CenterDirector);

    /// <summary>A village proxy agent (代办员): hands matters of their village up.</summary>
    public const string ProxyAgent = nameof(ProxyAgent);

    /// <summary>The city center's monitor: reads everything in the city, changes nothing.</summary>
    public const string CityMonitor = nameof(CityMonitor);

    /// <summary>Defines points, catalogs and the holiday calendar; manages accounts.</summary>
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } = [WindowClerk, CenterDirector, ProxyAgent, CityMonitor, Administrator];
}
