using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Matters;

/// <summary>The citizen brings (some of) the materials the one-time notice listed.</summary>
[GenerateSerializer, Immutable]
public sealed record SupplyMaterialsCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] IReadOnlyList<string> Materials);

/// <summary>The clerk finishes the matter (办结) with a short note of the result.</summary>
[GenerateSerializer, Immutable]
public sealed record CompleteCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string? ResultNote);

/// <summary>The clerk refuses the matter (退回), which needs a reason and its legal basis.</summary>
[GenerateSerializer, Immutable]
public sealed record ReturnCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Reason,
    [property: Id(2)] string LegalBasis);

/// <summary>The citizen collects the result at the point of intake (送达).</summary>
[GenerateSerializer, Immutable]
public sealed record DeliverCommand([property: Id(0)] Actor Actor);
