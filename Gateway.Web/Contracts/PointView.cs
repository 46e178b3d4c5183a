using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Contracts;

/// <summary>A service point as the API shows it (division codes as plain strings).</summary>
public sealed record PointView(
    string Code,
    string Name,
    Tier Tier,
    string? ParentCode,
    IReadOnlyList<WindowDefinition> Windows,
    IReadOnlyList<Clerk> ProxyAgents,
    IReadOnlyList<string> Children)
{
    public static PointView From(ServicePointProfile p) =>
        new(p.Code.Value, p.Name, p.Tier, p.Code.Parent?.Value, p.Windows, p.ProxyAgents, p.Children.Select(c => c.Value).ToArray());
}
