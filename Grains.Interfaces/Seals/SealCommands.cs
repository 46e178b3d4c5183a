using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Seals;

/// <summary>A director issues a numbered seal (印章加编号) to a point: its name, what it may be used for, and its custodian (a member of the point's staff).</summary>
[GenerateSerializer, Immutable]
public sealed record IssueSealCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Name,
    [property: Id(2)] string Scope,
    [property: Id(3)] string CustodianId);

/// <summary>A member of the point's staff asks to use the seal, for a matter (its receipt number) or a document, with the number of copies.</summary>
[GenerateSerializer, Immutable]
public sealed record RequestSealUseCommand(
    [property: Id(0)] Actor Actor,
    [property: Id(1)] string Purpose,
    [property: Id(2)] string? ReceiptNumber,
    [property: Id(3)] int Copies);

[GenerateSerializer, Immutable]
public sealed record ApproveSealUseCommand([property: Id(0)] Actor Actor, [property: Id(1)] int UseId);

/// <summary>The custodian records that the approved use was made.</summary>
[GenerateSerializer, Immutable]
public sealed record RecordSealUseCommand([property: Id(0)] Actor Actor, [property: Id(1)] int UseId);

[GenerateSerializer, Immutable]
public sealed record TransferSealCommand([property: Id(0)] Actor Actor, [property: Id(1)] string CustodianId, [property: Id(2)] string Reason);

[GenerateSerializer, Immutable]
public sealed record RetireSealCommand([property: Id(0)] Actor Actor, [property: Id(1)] string Reason);
