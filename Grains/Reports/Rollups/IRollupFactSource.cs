namespace Network.Grains.Reports.Rollups;

/// <summary>
/// A kind of case that counts facts in the report rollups, as the backfill needs it: the kind's
/// name and the facts of a stored state (its JSON). Every <see cref="Cases.CaseJournal{TState}"/> is one.
/// </summary>
public interface IRollupFactSource
{
    /// <summary>The kind's name in the case store.</summary>
    string Kind { get; }

    /// <summary>
    /// The facts of the case whose stored state is <paramref name="stateJson"/> with the parts kept
    /// as rows of their own (<see cref="Cases.Storage.CasePart"/>, by number; none: the whole state).
    /// </summary>
    IEnumerable<RollupFact> FactsOfStored(string stateJson, IReadOnlyList<Cases.Storage.CasePart>? parts = null);
}
