namespace Network.Grains.Interfaces.Seals;

/// <summary>A seal as one actor sees it: its number, name, scope, custodian, status, custody record and use register; and what the actor may do now.</summary>
[GenerateSerializer, Immutable]
public sealed record SealView(
    [property: Id(0)] string Key,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string PointName,
    [property: Id(3)] string SerialNumber,
    [property: Id(4)] string Name,
    [property: Id(5)] string Scope,
    [property: Id(6)] string CustodianId,
    [property: Id(7)] string CustodianName,
    [property: Id(8)] SealStatus Status,
    [property: Id(9)] IReadOnlyList<SealCustody> Custody,
    [property: Id(10)] IReadOnlyList<SealUse> Uses,
    [property: Id(11)] int Version)
{
    [Id(12)]
    public IReadOnlyList<SealAction> AllowedActions { get; init; } = [];

    /// <summary>Pending approvals the asking actor may approve, and approved uses the custodian may record (by use id).</summary>
    [Id(13)]
    public IReadOnlyList<int> ApprovableUses { get; init; } = [];

    [Id(14)]
    public IReadOnlyList<int> RecordableUses { get; init; } = [];

    [Id(15)]
    public bool IsClosed { get; init; }
}
