using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.ProxyErrands;

/// <summary>
/// A matter's proxy register entry (代办登记) as one actor sees it: the steps done, the next one,
/// the call-back's deadline and flag. No personal data (the agent and applicant are on the matter).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProxyErrandView(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string AuthorisationReference,
    [property: Id(3)] IReadOnlyList<ProxyErrandStepRecord> Steps,
    [property: Id(4)] ProxyErrandStep? NextStep,
    [property: Id(5)] DateOnly? CallBackDue,
    [property: Id(6)] FlagLevel CallBackFlag,
    [property: Id(7)] int Version)
{
    /// <summary>Whether the asking actor may record <see cref="NextStep"/> now.</summary>
    [Id(8)]
    public bool CanRecordNextStep { get; init; }

    /// <summary>All seven steps done.</summary>
    [Id(9)]
    public bool IsClosed { get; init; }
}
