namespace Network.Grains.Interfaces.Network;

/// <summary>
/// What an administrator (or the demo loader) declares about a service point: its name, its
/// windows and, for a village station, its proxy agents (代办员). The code and tier come from
/// the grain's key.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ServicePointDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<WindowDefinition> Windows,
    [property: Id(2)] IReadOnlyList<Clerk> ProxyAgents)
{
    /// <summary>The center's directors (中心主任): they may switch a window's A/B post and reassign a matter's owner.</summary>
    [Id(3)]
    public IReadOnlyList<Clerk> Directors { get; init; } = [];

    /// <summary>The point's supervisors (督查: a township's discipline office 纪检, the city's management committee 管委会).</summary>
    [Id(4)]
    public IReadOnlyList<Clerk> Supervisors { get; init; } = [];

    /// <summary>The center's public complaint and supervision phone (投诉监督电话), shown in the hall; null when it has none.</summary>
    [Id(5)]
    public string? SupervisionPhone { get; init; }
}
