using Network.Grains.Interfaces.Cases;

namespace Network.Gateway.Security;

/// <summary>
/// The roles of gateway accounts (the names of <see cref="ActorRole"/>, without the network's own
/// System actor) and the coarse authorization policies on route groups. What a role may do to a
/// case, and where, is decided by the grains alone.
/// </summary>
public static class Roles
{
    /// <summary>A window's A or B clerk (窗口工作人员).</summary>
    public const string WindowClerk = nameof(ActorRole.WindowClerk);

    /// <summary>A center's director (中心主任).</summary>
    public const string CenterDirector = nameof(ActorRole.CenterDirector);

    /// <summary>A village proxy agent (代办员).</summary>
    public const string ProxyAgent = nameof(ActorRole.ProxyAgent);

    /// <summary>The city center's monitor: reads everything in the city, changes nothing.</summary>
    public const string CityMonitor = nameof(ActorRole.CityMonitor);

    /// <summary>
    /// Defines points and catalogs and manages accounts of one city (the city of the account's
    /// point); a province administrator (<see cref="AdministratorScope"/>) reaches every city and
    /// publishes the national holiday calendar.
    /// </summary>
    public const string Administrator = nameof(ActorRole.Administrator);

    /// <summary>A supervisor (督查): a township's discipline office (纪检), the city's management committee (管委会).</summary>
    public const string Supervisor = nameof(ActorRole.Supervisor);

    public static IReadOnlyList<string> All { get; } = [WindowClerk, CenterDirector, ProxyAgent, CityMonitor, Administrator, Supervisor];

    /// <summary>Policy of the routes that change a case or a window's post: the roles that work on cases.</summary>
    public const string CaseWorkPolicy = "case-work";

    /// <summary>Policy of the administration routes.</summary>
    public const string AdministrationPolicy = Administrator;

    /// <summary>The roles of <see cref="CaseWorkPolicy"/>.</summary>
    public static IReadOnlyList<string> CaseWorkers { get; } = [WindowClerk, CenterDirector, ProxyAgent];

    /// <summary>Policy of the routes that change a complaint, a supervision order or an accountability record.</summary>
    public const string OversightPolicy = "oversight";

    /// <summary>The roles of <see cref="OversightPolicy"/> (the grains decide who does what).</summary>
    public static IReadOnlyList<string> OversightWorkers { get; } = [WindowClerk, CenterDirector, Supervisor];

    /// <summary>The actor role of an account's role name, or null for a name the network does not know.</summary>
    public static ActorRole? ActorRoleOf(string role) => role switch
    {
        WindowClerk => ActorRole.WindowClerk,
        CenterDirector => ActorRole.CenterDirector,
        ProxyAgent => ActorRole.ProxyAgent,
        CityMonitor => ActorRole.CityMonitor,
        Administrator => ActorRole.Administrator,
        Supervisor => ActorRole.Supervisor,
        _ => null,
    };
}
