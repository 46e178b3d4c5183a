namespace Network.Grains.Interfaces.Network;

/// <summary>A defined service point as others see it.</summary>
[GenerateSerializer, Immutable]
public sealed record ServicePointProfile(
    [property: Id(0)] DivisionCode Code,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<WindowDefinition> Windows,
    [property: Id(3)] IReadOnlyList<Clerk> ProxyAgents,
    [property: Id(4)] IReadOnlyList<DivisionCode> Children)
{
    public Tier Tier => Code.Tier;

    /// <summary>The center's directors (中心主任).</summary>
    [Id(5)]
    public IReadOnlyList<Clerk> Directors { get; init; } = [];

    /// <summary>The point's supervisors (督查: 纪检, 管委会).</summary>
    [Id(6)]
    public IReadOnlyList<Clerk> Supervisors { get; init; } = [];

    /// <summary>The center's public complaint and supervision phone (投诉监督电话).</summary>
    [Id(7)]
    public string? SupervisionPhone { get; init; }

    public bool IsSupervisor(string clerkId) => Supervisors.Any(s => s.Id == clerkId);

    public WindowDefinition? FindWindow(string windowId) => Windows.FirstOrDefault(w => w.Id == windowId);

    public bool IsDirector(string clerkId) => Directors.Any(d => d.Id == clerkId);

    public bool IsProxyAgent(string clerkId) => ProxyAgents.Any(p => p.Id == clerkId);
}
