namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The answer of the public progress lookup (<see cref="IMatterGrain.GetForCitizen"/>): the
/// progress when the proof fits; nothing when it does not or there is no such matter (the two are
/// not told apart); or, after too many wrong proofs for this receipt number, how much longer every
/// lookup of it is refused (the same for a receipt number that was never used). A duration, not an
/// instant, so that the gateway's clock need not agree with the silo's.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProgressLookup(
    [property: Id(0)] CitizenProgress? Progress,
    [property: Id(1)] TimeSpan? LockedFor)
{
    public static ProgressLookup NotFound { get; } = new(null, null);

    public static ProgressLookup Found(CitizenProgress progress) => new(progress, null);

    public static ProgressLookup Locked(TimeSpan remaining) => new(null, remaining);
}
