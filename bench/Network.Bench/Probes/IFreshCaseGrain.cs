namespace Network.Bench.Probes;

/// <summary>
/// A grain activated for one call only (a new key each time), the way each matter is a new
/// activation keyed by its receipt number: the framework's own cost of "one grain per case", with
/// none of the project's work.
/// </summary>
public interface IFreshCaseGrain : IGrainWithStringKey
{
    /// <summary>Answers after <paramref name="fanOut"/> calls to already-active grains, one after another (0: none).</summary>
    Task<int> Open(int fanOut);
}
