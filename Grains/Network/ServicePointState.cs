using Network.Grains.Interfaces.Matters;
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

    /// <summary>Deadline flags of this point's own matters, newest last.</summary>
    [Id(2)]
    public List<DeadlineFlag> OwnFlags { get; set; } = [];

    /// <summary>Deadline flags of the points below, which this point supervises.</summary>
    [Id(3)]
    public List<DeadlineFlag> SupervisedFlags { get; set; } = [];
}
