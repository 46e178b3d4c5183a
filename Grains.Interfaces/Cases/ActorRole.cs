namespace Network.Grains.Interfaces.Cases;

/// <summary>What an actor is in the network. The gateway sets it from the signed-in account.</summary>
public enum ActorRole
{
    /// <summary>A window's A or B clerk (窗口工作人员).</summary>
    WindowClerk = 0,

    /// <summary>A center's director (中心主任).</summary>
    CenterDirector = 1,

    /// <summary>A village's proxy agent (代办员).</summary>
    ProxyAgent = 2,

    /// <summary>The city center's monitor: reads the whole city, changes nothing.</summary>
    CityMonitor = 3,

    /// <summary>Defines points, catalogs, the calendar and accounts; no case work.</summary>
    Administrator = 4,

    /// <summary>The network itself (electronic supervision, A/B switch-over): never sent by a gateway.</summary>
    System = 5,

    /// <summary>
    /// A supervisor (督查): the township's discipline office (纪检) or the city's management committee
    /// (管委会). Reads its point and every point below, handles complaints and issues supervision
    /// orders (督办) and accountability records (责任追究) there; takes no matter in.
    /// </summary>
    Supervisor = 6,

    /// <summary>A member of the public at a kiosk or a public page (群众): no jurisdiction; only what a public route allows.</summary>
    Citizen = 7,
}
