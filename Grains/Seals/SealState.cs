using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;

namespace Network.Grains.Seals;

/// <summary>A numbered seal of a point (印章) as stored in the case store: who keeps it, its custody record and its use register. Immutable.</summary>
public sealed record SealState : IOversightState<SealState>
{
    /// <summary>The seal's key (<see cref="SealKey"/>), its number in the case store.</summary>
    public required string Number { get; init; }

    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public required string SerialNumber { get; init; }

    public required string Name { get; init; }

    public required string Scope { get; init; }

    public required string CustodianId { get; init; }

    public required string CustodianName { get; init; }

    public required SealStatus Status { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public IReadOnlyList<SealCustody> Custody { get; init; } = [];

    public IReadOnlyList<SealUse> Uses { get; init; } = [];

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    public bool IsClosed => Status == SealStatus.Retired;

    public SealState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public SealUse? Use(int id) => Uses.FirstOrDefault(u => u.Id == id);

    public SealView ToView() =>
        new(Number, PointCode, PointName, SerialNumber, Name, Scope, CustodianId, CustodianName, Status, Custody, Uses, Version) { IsClosed = IsClosed };
}
