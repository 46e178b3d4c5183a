using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>What a service point keeps in Orleans grain storage.</summary>
[GenerateSerializer]
public sealed class ServicePointState
{
    [Id(0)]
    public ServicePointDefinition? Definition { get; set; }

    [Id(1)]
    public List<DivisionCode> Children { get; set; } = [];
}
