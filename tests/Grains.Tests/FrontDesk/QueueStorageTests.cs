using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using Network.Grains.Tests.Infrastructure;
using Network.Grains.Tests.Persistence;
using Network.Grains.Tests.Values;
using Network.Testing;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// How a day's queue is stored: the case row holds the day's figures, each ticket is a row of its
/// own (<c>case_part</c>), so a command writes what it changed, however long the day has grown, and
/// the day reads back the same.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class QueueStorageTests(PostgresFixture db)
{
    private static readonly string[] Windows = [CivilAffairs, FamilyPlanning, Land];

    [Fact]
    public async Task A_commands_write_does_not_grow_with_the_day()
    {
        var (shortDay, shortParts) = await CallWrittenAsync(tickets: 20);
        var (longDay, longParts) = await CallWrittenAsync(tickets: 600);

        // The call changes one ticket: one ticket row, and the day's figures in the case row.
        Assert.Equal(1, shortParts);
        Assert.Equal(1, longParts);
        // The same bytes but for the digits of the day's counts (the called ticket's place, version, sequence).
        Assert.InRange(longDay - shortDay, 0, 16);
        // Under the size at which PostgreSQL compresses and moves a value out of line (TOAST, ~2 kB).
        Assert.True(longDay < 2_000, $"A call on a day of 600 tickets wrote {longDay} bytes");
    }

    [Fact]
    public async Task A_day_of_many_tickets_reads_back_identically_after_reactivation_and_its_ledger_replays_to_it()
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, "postgres");
        var repository = new QueueRepository(s.Store);
        var day = RandomQueueDay.Walk(seed: 12, steps: 300).Select(w => w.Change).ToArray();
        var key = KeyOf(day[0].After);
        int? firstRowSize = null;
        foreach (var change in day)
        {
            await repository.CommitAsync(change, deadline: null);
            firstRowSize ??= await ScalarAsync<int>(s, "SELECT pg_column_size(state) FROM case_record WHERE kind = 'queue' AND case_id = $1", key);
        }

        var last = day[^1].After;
        Assert.True(last.Tickets.Count > 80, $"only {last.Tickets.Count} tickets");

        // A new activation reads the day from its row and its tickets' rows.
        var loaded = await new QueueRepository(s.Store).LoadAsync(key);
        Assert.Equal(JsonSerializer.Serialize(last, QueueJournalTests.Plain), JsonSerializer.Serialize(loaded, QueueJournalTests.Plain));
        Assert.Equal(last.Tickets.Count, await ScalarAsync<long>(s, "SELECT count(*) FROM case_part WHERE kind = 'queue' AND case_id = $1", key));

        // The ledger still carries each step's patch of the whole day: replayed, it is the same day.
        JsonNode? replayed = null;
        foreach (var row in await repository.ReadLedgerAsync(key))
        {
            replayed = JsonPatchApplier.Apply(replayed?.ToJsonString(), row.Changes);
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(last, QueueJournalTests.Plain)), replayed));

        // The case row did not grow with the day (it holds the figures and the latest calls).
        var rowSize = await ScalarAsync<int>(s, "SELECT pg_column_size(state) FROM case_record WHERE kind = 'queue' AND case_id = $1", key);
        Assert.True(rowSize < 2_000, $"the row's state is {rowSize} bytes after {last.Tickets.Count} tickets (first commit: {firstRowSize})");
    }

    [Fact]
    public async Task A_day_stored_whole_by_an_earlier_build_reads_back_and_its_next_commit_writes_every_ticket_as_a_row()
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, "postgres");
        var repository = new QueueRepository(s.Store);
        var day = RandomQueueDay.Walk(seed: 7, steps: 60).Select(w => w.Change).ToArray();
        foreach (var change in day)
        {
            await repository.CommitAsync(change, deadline: null);
        }

        // As an earlier build left it: the whole day in the row, no ticket rows.
        var whole = day[^1].After;
        var key = KeyOf(whole);
        await ExecuteAsync(s, "UPDATE case_record SET state = $2::jsonb WHERE kind = 'queue' AND case_id = $1", key, JsonSerializer.Serialize(whole, QueueJournalTests.Plain));
        await ExecuteAsync(s, "DELETE FROM case_part WHERE kind = 'queue' AND case_id = $1", key);

        var loaded = await repository.LoadAsync(key);
        Assert.Equal(JsonSerializer.Serialize(whole, QueueJournalTests.Plain), JsonSerializer.Serialize(loaded, QueueJournalTests.Plain));

        var next = QueueRules.Issue(loaded!, new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None), QueueAt(minutes: 805));
        await repository.CommitAsync(next, deadline: null);

        Assert.Equal(next.After.Tickets.Count, await ScalarAsync<long>(s, "SELECT count(*) FROM case_part WHERE kind = 'queue' AND case_id = $1", key));
        Assert.Equal(next.After.Tickets.Count, await ScalarAsync<int>(s, "SELECT (state ->> 'tickets')::int FROM case_record WHERE kind = 'queue' AND case_id = $1", key));
        Assert.Equal(JsonSerializer.Serialize(next.After, QueueJournalTests.Plain), JsonSerializer.Serialize(await repository.LoadAsync(key), QueueJournalTests.Plain));
    }

    [Fact]
    public async Task The_case_row_counts_the_days_tickets_so_rows_past_the_count_are_not_read_a_missing_one_is_refused_and_a_build_that_knows_only_lists_refuses_the_row()
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, "postgres");
        var repository = new QueueRepository(s.Store);
        var day = RandomQueueDay.Walk(seed: 11, steps: 40).Select(w => w.Change).ToArray();
        foreach (var change in day)
        {
            await repository.CommitAsync(change, deadline: null);
        }

        var last = day[^1].After;
        var key = KeyOf(last);
        var head = await ScalarAsync<string>(s, "SELECT state::text FROM case_record WHERE kind = 'queue' AND case_id = $1", key);
        Assert.Equal(last.Tickets.Count, JsonNode.Parse(head)!["tickets"]!.GetValue<int>());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<QueueState>(head, QueueJournalTests.Plain));

        // Rows past the count (as a build that stored the day whole between two of this build's commits leaves them) are not the day's.
        var stale = JsonSerializer.Serialize(last.Tickets[0], QueueJournalTests.Plain);
        await ExecuteAsync(s, "INSERT INTO case_part (kind, case_id, part, state) VALUES ('queue', $1, $2, $3::jsonb), ('queue', $1, $2 + 1, $3::jsonb)", key, last.Tickets.Count, stale);
        Assert.Equal(JsonSerializer.Serialize(last, QueueJournalTests.Plain), JsonSerializer.Serialize(await repository.LoadAsync(key), QueueJournalTests.Plain));

        // A row of the count missing: refused, not read as a shorter day.
        await ExecuteAsync(s, "DELETE FROM case_part WHERE kind = 'queue' AND case_id = $1 AND part >= $2", key, last.Tickets.Count - 1);
        await Assert.ThrowsAsync<FormatException>(() => repository.LoadAsync(key));
    }

    /// <summary>The bytes a call writes (the case row's state and its ticket rows) on a day of <paramref name="tickets"/> tickets, and how many ticket rows.</summary>
    private static async Task<(int Bytes, int Parts)> CallWrittenAsync(int tickets)
    {
        var store = new InMemoryCaseStore();
        var repository = new QueueRepository(store);
        var state = Empty();
        for (var i = 0; i < tickets; i++)
        {
            var issued = QueueRules.Issue(state, new IssueTicketCommand(Kiosk, Windows[i % Windows.Length], TicketPriority.None), QueueAt(minutes: i / 2));
            await repository.CommitAsync(issued, deadline: null);
            state = issued.After;
        }

        var written = new CapturedCommit(store);
        var call = QueueRules.CallNext(state, new CallNextCommand(TownClerk(), CivilAffairs), QueueAt(minutes: tickets));
        await new QueueRepository(written).CommitAsync(call, deadline: null);
        var commit = written.Last!;
        return (Encoding.UTF8.GetByteCount(commit.StateJson) + commit.Parts.Sum(p => Encoding.UTF8.GetByteCount(p.Json)), commit.Parts.Count);
    }

    private static string KeyOf(QueueState state) => QueueKeys.Of(DivisionCode.Parse(state.PointCode), state.Date);

    private static async Task<T> ScalarAsync<T>(CaseStoreUnderTest s, string sql, params object[] args)
    {
        await using var command = Command(s, sql, args);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(CaseStoreUnderTest s, string sql, params object[] args)
    {
        await using var command = Command(s, sql, args);
        await command.ExecuteNonQueryAsync();
    }

    private static Npgsql.NpgsqlCommand Command(CaseStoreUnderTest s, string sql, object[] args)
    {
        var command = s.DataSource.CreateCommand(sql);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        return command;
    }

    /// <summary>Writes through to a store and keeps the last commit.</summary>
    private sealed class CapturedCommit(ICaseStore inner) : ICaseStore
    {
        public CaseCommit? Last { get; private set; }

        public string Description => inner.Description;

        public Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default) => inner.LoadAsync(kind, caseId, cancellationToken);

        public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
        {
            Last = commit;
            return inner.CommitAsync(commit, cancellationToken);
        }

        public Task<StoredRequestKey?> FindRequestKeyAsync(global::Network.Grains.Interfaces.Cases.RequestKey key, CancellationToken cancellationToken = default) =>
            inner.FindRequestKeyAsync(key, cancellationToken);

        public Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default) =>
            inner.ReadLedgerAsync(kind, caseId, cancellationToken);
    }
}
