namespace Network.Grains.Interfaces.Consultations;

/// <summary>
/// What counts for one clerk's first-inquiry responsibility (首问负责) over a period at a point: the
/// consultations they own, how many of those were turned into matters, and the matters they took in
/// first without a consultation before (a matter turned from a consultation counts once, as the consultation).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FirstInquiryTally(
    [property: Id(0)] string ClerkId,
    [property: Id(1)] int Consultations,
    [property: Id(2)] int TurnedIntoMatters,
    [property: Id(3)] int MattersTakenInFirst)
{
    [Id(4)]
    public string? ClerkName { get; init; }

    /// <summary>Every inquiry the clerk answered for: consultations and matters taken in first.</summary>
    public int Total => Consultations + MattersTakenInFirst;
}
