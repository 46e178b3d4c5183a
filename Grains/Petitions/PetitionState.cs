using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Petitions;
using Network.Grains.Oversight;

namespace Network.Grains.Petitions;

/// <summary>
/// Everything a petition (信访事项) knows, as stored in the case store (JSON; the petitioner sealed
/// like a matter's applicant). Immutable: a change produces a new state, made the grain's own only
/// once committed.
/// </summary>
public sealed record PetitionState : IOversightState<PetitionState>
{
    public required string Number { get; init; }

    public required string PointCode { get; init; }

    public required string PointName { get; init; }

    public required PetitionChannel Channel { get; init; }

    /// <summary>The petitioner (信访人): a person or an organisation (sealed when stored).</summary>
    public required Citizen Petitioner { get; init; }

    public required string Request { get; init; }

    public required PetitionStatus Status { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required string RegisteredBy { get; init; }

    /// <summary>The day it was registered (China time), from which the decision's 15 days count.</summary>
    public required DateOnly RegisteredOn { get; init; }

    /// <summary>The last day to decide whether to accept it.</summary>
    public required DateOnly DecideBy { get; init; }

    public DateOnly? AcceptedOn { get; init; }

    /// <summary>The last day for the written reply (60 days from acceptance, plus any extension); null until accepted.</summary>
    public DateOnly? ReplyBy { get; init; }

    public int ExtendedDays { get; init; }

    public string? ExtensionReason { get; init; }

    public string? DeclineReason { get; init; }

    public string? Referral { get; init; }

    public string? Reply { get; init; }

    public FlagLevel DecisionFlag { get; init; }

    public FlagLevel HandlingFlag { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    public string StatusName => Status.ToString();

    public bool IsClosed => Status is PetitionStatus.NotAccepted or PetitionStatus.Replied;

    /// <summary>The deadline that runs now: the decision's while registered, the reply's once accepted.</summary>
    public DateOnly? DueDate => Status switch
    {
        PetitionStatus.Registered => DecideBy,
        PetitionStatus.Accepted => ReplyBy,
        _ => null,
    };

    public FlagLevel Flag => Status switch
    {
        PetitionStatus.Registered => DecisionFlag,
        PetitionStatus.Accepted => HandlingFlag,
        _ => FlagLevel.None,
    };

    public PetitionState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public PetitionSummary ToSummary() => new(Number, PointCode, Channel, Status, RegisteredAt, DueDate, Flag, IsClosed);

    /// <summary>The view; the petitioner in full only when <paramref name="showPetitioner"/> (those who must reply).</summary>
    public PetitionView ToView(bool showPetitioner) => new(
        Number,
        PointCode,
        PointName,
        Channel,
        showPetitioner ? $"{Petitioner.Name} {Petitioner.ResidentId}{(Petitioner.Phone is { } phone ? " " + phone : string.Empty)}" : Applicants.Masked(Petitioner),
        Request,
        Status,
        RegisteredAt,
        RegisteredBy,
        DecideBy,
        ReplyBy,
        DecisionFlag,
        HandlingFlag,
        Version)
    {
        AcceptedOn = AcceptedOn,
        ExtendedDays = ExtendedDays,
        ExtensionReason = ExtensionReason,
        DeclineReason = DeclineReason,
        Referral = Referral,
        Reply = Reply,
        DueDate = DueDate,
        Flag = Flag,
        IsClosed = IsClosed,
    };
}
