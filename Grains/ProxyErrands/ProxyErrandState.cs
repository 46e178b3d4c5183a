using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.ProxyErrands;
using Network.Grains.Oversight;

namespace Network.Grains.ProxyErrands;

/// <summary>
/// A matter's proxy register entry (代办登记) as stored in the case store: the steps done in order,
/// the call-back's deadline and flag. No personal data: the agent and applicant stay sealed on the matter.
/// </summary>
public sealed record ProxyErrandState : IOversightState<ProxyErrandState>
{
    public required string Number { get; init; }

    public required string PointCode { get; init; }

    public required string AuthorisationReference { get; init; }

    public required IReadOnlyList<ProxyErrandStepRecord> Steps { get; init; }

    /// <summary>The day delivery was recorded (China time), from which the call-back's working days count.</summary>
    public DateOnly? DeliveredOn { get; init; }

    /// <summary>The last day for the call-back (回访); null until delivery.</summary>
    public DateOnly? CallBackDue { get; init; }

    public FlagLevel CallBackFlag { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required string IntakeFingerprint { get; init; }

    public string? LastCommandFingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    /// <summary>The step recorded last.</summary>
    public ProxyErrandStep LastStep => Steps[^1].Step;

    /// <summary>The step to record next; null once called back.</summary>
    public ProxyErrandStep? NextStep => LastStep == ProxyErrandStep.CalledBack ? null : LastStep + 1;

    public string StatusName => LastStep.ToString();

    public bool IsClosed => LastStep == ProxyErrandStep.CalledBack;

    public ProxyErrandState Numbered(int ledgerSequence, int version) => this with { LedgerSequence = ledgerSequence, Version = version };

    public ProxyErrandView ToView(bool canRecordNext) =>
        new(Number, PointCode, AuthorisationReference, Steps, NextStep, CallBackDue, CallBackFlag, Version) { CanRecordNextStep = canRecordNext, IsClosed = IsClosed };
}
