using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Supervision;
using Network.Grains.Oversight;

namespace Network.Grains.Supervision;

/// <summary>Everything a supervision order (督办单) knows, as stored. Immutable.</summary>
public sealed record SupervisionOrderState : IOversightState<SupervisionOrderState>
{
    public required string Number { get; init; }

    /// <summary>The point the order is addressed to (below the issuer).</summary>
    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public required string IssuerPointCode { get; init; }

    public required string IssuedBy { get; init; }

    public required SupervisionTarget Target { get; init; }

    public required string Instructions { get; init; }

    public required SupervisionOrderStatus Status { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The day the current deadline was set (issue or send-back), China time.</summary>
    public required DateOnly SetOn { get; init; }

    public required DateOnly DueDate { get; init; }

    public FlagLevel Flag { get; init; }

    public string? Reply { get; init; }

    public string? RepliedBy { get; init; }

    public string? SendBackReason { get; init; }

    public string? AcceptNote { get; init; }

    /// <summary>How many times the point has been asked to reply (1, plus one per send-back).</summary>
    public int Rounds { get; init; } = 1;

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    public bool IsClosed => Status == SupervisionOrderStatus.Accepted;

    /// <summary>The deadline's clock runs while the point owes a reply.</summary>
    public bool ClockRuns => Status is SupervisionOrderStatus.Issued or SupervisionOrderStatus.SentBack;

    public SupervisionOrderState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public SupervisionOrderView ToView() => new(
        Number, PointCode, PointName, IssuerPointCode, IssuedBy, Target, Instructions, Status, IssuedAt, DueDate, Flag,
        Reply, RepliedBy, SendBackReason, Rounds, Version)
    {
        IsClosed = IsClosed,
    };

    public SupervisionOrderSummary ToSummary() =>
        new(Number, PointCode, IssuerPointCode, Target, Instructions, Status, IssuedAt, DueDate, Flag, IsClosed);
}
