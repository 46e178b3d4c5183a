using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// What a service point keeps in Orleans grain storage. The stored shape is unchanged (the
/// definition is field 0 as a <see cref="ServicePointDefinition"/>); in memory the definition is
/// held packed (<see cref="PackedDefinition"/>), so a silo can keep a whole country's points
/// activated. Reading <see cref="Definition"/> unpacks it: read it once per call.
/// </summary>
[GenerateSerializer]
public sealed class ServicePointState
{
    [NonSerialized]
    private PackedDefinition? _definition;

    [Id(0)]
    public ServicePointDefinition? Definition
    {
        get => _definition?.Unpack();
        set => _definition = value is null ? null : PackedDefinition.Pack(value);
    }

    /// <summary>The packed definition itself: the same object until the definition changes (a cache's stamp).</summary>
    internal object? Packed => _definition;

    /// <summary>Whether the point was ever defined (without unpacking the definition).</summary>
    public bool IsDefined => _definition is not null;

    [Id(1)]
    public List<DivisionCode> Children { get; set; } = [];

    /// <summary>Deadline flags of this point's own matters, newest last.</summary>
    [Id(2)]
    public List<DeadlineFlag> OwnFlags { get; set; } = [];

    /// <summary>Deadline flags of the points below, which this point supervises.</summary>
    [Id(3)]
    public List<DeadlineFlag> SupervisedFlags { get; set; } = [];
}
