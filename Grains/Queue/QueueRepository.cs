using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Network.Grains.Cases;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Reports.Rollups;

namespace Network.Grains.Queue;

/// <summary>
/// A point's queue of one day in the case store (kind <see cref="CaseKind"/>, id
/// <c>{point}/{date}</c>): the tickets as JSON (no personal data: a ticket has none), and one
/// ledger row per ticket step with the ticket's number in its detail. Open while anyone is in
/// the hall's queue (<see cref="QueueState.IsClosed"/>).
/// <para>
/// Stored in two parts: the case row holds the day's own figures (the state with its ticket list
/// written as the number of tickets), and each ticket is a row of its own (<see cref="CasePart"/>, numbered by its
/// place in the day's list), so a command writes the figures and the one or two tickets it changed,
/// not the whole day. The ledger is unchanged: each step's patch is of the whole day's state, and
/// replaying it gives the state the two parts read back as.
/// </para>
/// </summary>
public sealed class QueueRepository(ICaseStore store) : CaseJournal<QueueState>(store)
{
    public const string CaseKind = "queue";

    /// <summary>
    /// The ticket lists read from a row stored whole (by a build before the tickets were rows of
    /// their own): the commit that follows such a load writes every ticket as a row.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Ticket>, object> StoredWhole = [];

    protected override string Kind => CaseKind;

    protected override JsonSerializerOptions JsonOptions => QueueJson.Options;

    protected override IEnumerable<RollupFact> FactsOf(QueueState state) => QueueFacts.Of(state);

    /// <summary>A step's patch from the tickets it changed, not from the whole day (<see cref="QueuePatch"/>).</summary>
    protected override string? PatchOf(QueueState before, QueueState after) => QueuePatch.Between(before, after);

    /// <summary>The facts of the tickets the commit changed, after minus before: the others' cancel out.</summary>
    protected override IReadOnlyList<RollupFact> RollupBetween(QueueState? before, QueueState after)
    {
        if (before is null || after.Tickets.Count < before.Tickets.Count)
        {
            return base.RollupBetween(before, after);
        }

        var changed = QueuePatch.Changed(before, after).ToArray();
        return RollupDelta.Between(
            QueueFacts.Of(before.PointCode, changed.Where(i => i < before.Tickets.Count).Select(i => before.Tickets[i])),
            QueueFacts.Of(after.PointCode, changed.Select(i => after.Tickets[i])));
    }

    /// <summary>The day's figures in the case row, and the tickets the commit changed (or added) as rows of their own.</summary>
    protected override (string StateJson, IReadOnlyList<CasePart> Parts) StoredFormOf(QueueState? before, QueueState after, string? afterJson)
    {
        if (before is not null && after.Tickets.Count < before.Tickets.Count)
        {
            // No rule drops a ticket; a row of its own would outlive it.
            throw new InvalidOperationException($"A queue commit of {after.PointCode} {after.Date} would drop tickets.");
        }

        var every = before is null || StoredWhole.TryGetValue(before.Tickets, out _);
        var parts = new List<CasePart>(every ? after.Tickets.Count : 2);
        for (var i = 0; i < after.Tickets.Count; i++)
        {
            var ticket = after.Tickets[i];
            if (every || i >= before!.Tickets.Count || !ReferenceEquals(before.Tickets[i], ticket))
            {
                parts.Add(new CasePart(i, Encoding.UTF8.GetString(QueueJson.Utf8Of(ticket))));
            }
        }

        return (JsonSerializer.Serialize(after, QueueJson.HeadOptions), parts);
    }

    /// <summary>
    /// The day from its row's figures and its tickets' rows: the row says how many tickets the day
    /// has (<see cref="TicketRowsToRead"/>) and exactly that many rows are read, numbered by place from
    /// 0, none missing; rows past the count are not the day's (a build that stored the day whole wrote
    /// it in between) and are written over as the day grows. A row with its tickets in it was stored
    /// whole by an earlier build: it is the day as that build left it (newer than any ticket rows),
    /// and its next commit writes every ticket.
    /// </summary>
    protected override QueueState Assemble(QueueState head, IReadOnlyList<CasePart> parts)
    {
        if (head.Tickets is not TicketRowsToRead rows)
        {
            StoredWhole.AddOrUpdate(head.Tickets, head);
            return head;
        }

        if (parts.Count < rows.Count)
        {
            throw new FormatException($"The queue of {head.PointCode} {head.Date} has {rows.Count} tickets but {parts.Count} ticket rows.");
        }

        var tickets = new Ticket[rows.Count];
        for (var i = 0; i < tickets.Length; i++)
        {
            if (parts[i].Number != i)
            {
                throw new FormatException($"The queue of {head.PointCode} {head.Date} lacks its ticket at place {i}.");
            }

            tickets[i] = QueueJson.ReadTicket(parts[i].Json);
        }

        return head with { Tickets = tickets };
    }

    public Task<QueueState?> LoadAsync(string key, CancellationToken cancellationToken = default) => LoadStateAsync(key, cancellationToken);

    public Task CommitAsync(QueueChange change, DateTimeOffset? deadline, CancellationToken cancellationToken = default) =>
        CommitStepsAsync(
            QueueKeys.Of(Interfaces.Network.DivisionCode.Parse(change.After.PointCode), change.After.Date),
            change.ExpectedVersion == 0 ? null : change.Before,
            change.Steps.Select(s => (s.Row, s.After)).ToArray(),
            change.ExpectedVersion,
            change.After.Version,
            nextCheckOn: null,
            deadline,
            openedBy: null,
            cancellationToken);

    /// <summary>The day's ledger: one row per ticket step.</summary>
    public async Task<IReadOnlyList<CaseStep>> ReadLedgerAsync(string key, CancellationToken cancellationToken = default) =>
        (await ReadRowsAsync(key, cancellationToken)).Select(r => r.Step).ToArray();

    protected override CaseIndex IndexOf(QueueState state, DateOnly? nextCheckOn) => new(
        state.PointCode,
        state.PointCode,
        WindowId: null,
        HandlerId: null,
        state.IsClosed ? "Quiet" : "Waiting",
        IsOpen: !state.IsClosed,
        state.Tickets.Count > 0 ? state.Tickets[0].IssuedAt : new DateTimeOffset(state.Date.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset),
        nextCheckOn,
        DueProvisional: false);
}
