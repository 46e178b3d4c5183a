using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Cases;

/// <summary>
/// What every kind of case shares on its way into the case store: its state serialised once per
/// step, each ledger row carrying the patch from the state before the step, and the commit
/// carrying the index columns the kind derives from its final state. A kind supplies its name,
/// its JSON options and its index; the rest is here.
/// </summary>
/// <typeparam name="TState">The kind's immutable state.</typeparam>
public abstract class CaseJournal<TState>(ICaseStore store) : IRollupFactSource
    where TState : class
{
    /// <summary>The kind's name in the store, e.g. <c>matter</c>.</summary>
    protected abstract string Kind { get; }

    protected abstract JsonSerializerOptions JsonOptions { get; }

    /// <summary>The columns the read side queries, from the state after the change.</summary>
    protected abstract CaseIndex IndexOf(TState state, DateOnly? nextCheckOn);

    /// <summary>
    /// The facts a case in this state counts in the report rollups (none by default). Each commit
    /// adds the facts after it minus those before it, so this must depend on the state alone.
    /// </summary>
    protected virtual IEnumerable<RollupFact> FactsOf(TState state) => [];

    /// <summary>
    /// The ledger patch (RFC 6902, as <see cref="JsonChanges.Diff"/> writes it) of one step from
    /// <paramref name="before"/> to <paramref name="after"/>, or null to diff the two states' whole JSON
    /// (the default). A kind whose steps change a known small part of a large state builds it from
    /// that part; it must equal the whole diff.
    /// </summary>
    protected virtual string? PatchOf(TState before, TState after) => null;

    /// <summary>
    /// What a commit from <paramref name="before"/> (null: the case is new) to <paramref name="after"/>
    /// adds to the rollups: by default the facts after minus the facts before (<see cref="RollupDelta"/>).
    /// A kind may count only the parts that changed; it must come to the same delta.
    /// </summary>
    protected virtual IReadOnlyList<RollupFact> RollupBetween(TState? before, TState after) =>
        RollupDelta.Between(before is null ? [] : FactsOf(before), FactsOf(after));

    /// <summary>
    /// How the state after a commit is stored: the case row's state JSON, and the parts of it kept as
    /// rows of their own that the commit writes (<see cref="CasePart"/>). By default the whole state
    /// in the case row (<paramref name="afterJson"/>, when the patch needed it already) and no parts.
    /// A kind whose state holds a long list keeps it as parts: the row's state without the list, and
    /// the elements the commit changed from <paramref name="before"/> (null: the case is new, or was
    /// stored whole: every element). <see cref="Assemble"/> must put the two together again.
    /// </summary>
    protected virtual (string StateJson, IReadOnlyList<CasePart> Parts) StoredFormOf(TState? before, TState after, string? afterJson) =>
        (afterJson ?? JsonSerializer.Serialize(after, JsonOptions), []);

    /// <summary>
    /// The state from the case row's (<paramref name="head"/>) and its stored parts (by number):
    /// by default the row's state alone (a kind that keeps no parts has none).
    /// </summary>
    protected virtual TState Assemble(TState head, IReadOnlyList<CasePart> parts) =>
        parts.Count == 0 ? head : throw new FormatException($"A stored {Kind} has parts, which this kind does not keep.");

    /// <inheritdoc/>
    string IRollupFactSource.Kind => Kind;

    /// <inheritdoc/>
    IEnumerable<RollupFact> IRollupFactSource.FactsOfStored(string stateJson, IReadOnlyList<CasePart>? parts) =>
        FactsOf(StateOf(stateJson, parts ?? [], "A stored"));

    protected async Task<TState?> LoadStateAsync(string caseId, CancellationToken cancellationToken) =>
        await store.LoadAsync(Kind, caseId, cancellationToken) is { } stored
            ? StateOf(stored.StateJson, stored.Parts, $"Stored {caseId}")
            : null;

    private TState StateOf(string stateJson, IReadOnlyList<CasePart> parts, string what) =>
        Assemble(JsonSerializer.Deserialize<TState>(stateJson, JsonOptions) ?? throw new FormatException($"{what} {Kind} is empty."), parts);

    /// <summary>
    /// Commits the steps of one change: <paramref name="steps"/> pairs each ledger row (without its
    /// changes yet) with the state after it; the patch of each row is computed here.
    /// <paramref name="deadline"/> is the caller's (the request's) deadline: the store refuses the
    /// commit if it is still queued then. <paramref name="openedBy"/> is the client's request key
    /// of a commit that opens the case, recorded with it. <paramref name="committed"/> runs once the
    /// commit's transaction has committed, before this returns (<see cref="CaseCommit.Committed"/>).
    /// </summary>
    protected Task CommitStepsAsync(
        string caseId,
        TState? before,
        IReadOnlyList<(CaseStep Row, TState After)> steps,
        int expectedVersion,
        int newVersion,
        DateOnly? nextCheckOn,
        DateTimeOffset? deadline,
        RequestKey? openedBy,
        CancellationToken cancellationToken,
        Action? committed = null)
    {
        var rows = new List<CaseStep>(steps.Count);
        var previous = before;
        string? previousJson = null; // previous's JSON, once it was needed
        foreach (var (row, after) in steps)
        {
            string? afterJson = null;
            var patch = previous is null ? null : PatchOf(previous, after);
            if (patch is null)
            {
                previousJson ??= previous is null ? null : JsonSerializer.Serialize(previous, JsonOptions);
                afterJson = JsonSerializer.Serialize(after, JsonOptions);
                patch = JsonChanges.Diff(previousJson, afterJson);
            }

            rows.Add(row with { Changes = patch });
            previous = after;
            previousJson = afterJson;
        }

        var last = steps[^1].After;
        var (stateJson, parts) = StoredFormOf(before, last, previousJson);
        var index = IndexOf(last, nextCheckOn);
        var rollup = RollupBetween(before, last);
        return store.CommitAsync(
            new CaseCommit(Kind, caseId, expectedVersion, newVersion, stateJson, index, rows)
            {
                Deadline = deadline, OpenedBy = openedBy, Rollup = rollup, Committed = committed, Parts = parts,
            },
            cancellationToken);
    }

    /// <summary>The recorded request key (of any kind of case), or null when it is not recorded.</summary>
    public Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default) =>
        store.FindRequestKeyAsync(key, cancellationToken);

    protected async Task<IReadOnlyList<CaseLedgerRow>> ReadRowsAsync(string caseId, CancellationToken cancellationToken) =>
        await store.ReadLedgerAsync(Kind, caseId, cancellationToken);
}
