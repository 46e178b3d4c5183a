namespace Network.Grains.Oversight;

/// <summary>
/// What the oversight kinds of case (complaints, supervision orders, accountability records) share
/// in their immutable states, so one change builder and one journal serve all three.
/// </summary>
/// <typeparam name="TState">The kind's state record itself.</typeparam>
public interface IOversightState<TState>
    where TState : class, IOversightState<TState>
{
    /// <summary>The case's number.</summary>
    string Number { get; }

    /// <summary>The point the case is about (its ledger rows are recorded there unless a step names another).</summary>
    string PointCode { get; }

    /// <summary>The status's name, as the ledger records it.</summary>
    string StatusName { get; }

    /// <summary>Number of committed changes; the row's optimistic-concurrency version.</summary>
    int Version { get; }

    /// <summary>Number of ledger rows written so far.</summary>
    int LedgerSequence { get; }

    /// <summary>Whether nothing more happens to the case (defined by each kind, once).</summary>
    bool IsClosed { get; }

    /// <summary>The same state numbered as the step that produced it.</summary>
    TState Numbered(int ledgerSequence, int version);
}
