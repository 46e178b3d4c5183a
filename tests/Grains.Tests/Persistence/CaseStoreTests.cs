using System.Text.Json.Nodes;
using Network.Grains.Cases.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>The generic case store: versioned commits, one append-only ledger of JSON Patches, on PostgreSQL and in memory.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseStoreTests(PostgresFixture db)
{
    private const string Kind = "matter";
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private Task<CaseStoreUnderTest> OpenAsync(string store, int writers = 2) => CaseStoreUnderTest.OpenAsync(db, store, writers);

    private static string NewId() => "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static CaseIndex Index(string status, bool open = true) =>
        new("510682101", "510682101", "civil-affairs", "c-a", status, open, T0, null, false);

    private static CaseStep Step(int sequence, string? before, string after, string? beforeJson, string afterJson, string? detail = null) =>
        new(sequence, T0.AddMinutes(sequence), "c-a", "510682101", "civil-affairs", "Step" + sequence, before, after, detail, JsonChanges.Diff(beforeJson, afterJson));

    private static string State(string status, int items = 0) =>
        new JsonObject
        {
            ["receiptNumber"] = "x",
            ["status"] = status,
            ["items"] = new JsonArray(Enumerable.Range(0, items).Select(i => (JsonNode)new JsonObject { ["n"] = i, ["note"] = "材料" + i }).ToArray()),
        }.ToJsonString();

    /// <summary>Creates a case at version 1 with one step.</summary>
    private static async Task<string> CreateAsync(ICaseStore store, string id, string state)
    {
        await store.CommitAsync(new CaseCommit(Kind, id, 0, 1, state, Index("Accepted"), [Step(1, null, "Accepted", null, state)]));
        return state;
    }

    private static async Task<long> CountLedgerAsync(CaseStoreUnderTest s, string id) =>
        s.Store is InMemoryCaseStore ? (await s.Store.ReadLedgerAsync(Kind, id)).Count : (long)(await Scalar(s, "SELECT count(*) FROM case_ledger WHERE case_id = $1", id))!;

    private static async Task<object?> Scalar(CaseStoreUnderTest s, string sql, params object[] args)
    {
        await using var command = s.DataSource.CreateCommand(sql);
        foreach (var a in args)
        {
            command.Parameters.AddWithValue(a);
        }

        return await command.ExecuteScalarAsync();
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task A_committed_case_loads_back_with_its_version_and_state(string store)
    {
        await using var s = await OpenAsync(store);
        var id = NewId();
        var state = await CreateAsync(s.Store, id, State("Accepted", 2));

        var loaded = await s.Store.LoadAsync(Kind, id);

        Assert.NotNull(loaded);
        Assert.Equal((Kind, id, 1), (loaded.Kind, loaded.CaseId, loaded.Version));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(state), JsonNode.Parse(loaded.StateJson)));
        Assert.Null(await s.Store.LoadAsync(Kind, NewId()));
        Assert.Null(await s.Store.LoadAsync("complaint", id)); // kinds do not share ids
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task A_commit_at_a_stale_version_is_refused_and_writes_nothing(string store)
    {
        await using var s = await OpenAsync(store);
        var id = NewId();
        var v1 = await CreateAsync(s.Store, id, State("Accepted"));
        var v2 = State("InProgress");
        await s.Store.CommitAsync(new CaseCommit(Kind, id, 1, 2, v2, Index("InProgress"), [Step(2, "Accepted", "InProgress", v1, v2)]));

        var again = await Assert.ThrowsAsync<CaseVersionConflictException>(() =>
            s.Store.CommitAsync(new CaseCommit(Kind, id, 0, 1, v1, Index("Accepted"), [Step(7, null, "Accepted", null, v1)])));
        var stale = await Assert.ThrowsAsync<CaseVersionConflictException>(() =>
            s.Store.CommitAsync(new CaseCommit(Kind, id, 5, 6, State("Completed"), Index("Completed", false), [Step(8, "InProgress", "Completed", v2, State("Completed"))])));
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => // a sequence already recorded
            s.Store.CommitAsync(new CaseCommit(Kind, id, 2, 3, State("Completed"), Index("Completed", false), [Step(2, "InProgress", "Completed", v2, State("Completed"))])));

        Assert.Equal((Kind, id, 0), (again.Kind, again.CaseId, again.ExpectedVersion));
        Assert.Equal(5, stale.ExpectedVersion);
        var loaded = await s.Store.LoadAsync(Kind, id);
        Assert.Equal(2, loaded!.Version);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(v2), JsonNode.Parse(loaded.StateJson)));
        var sequences = (await s.Store.ReadLedgerAsync(Kind, id)).Select(r => r.Step.Sequence).ToArray();
        Assert.Equal(new[] { 1, 2 }, sequences);
        Assert.Equal(2, await CountLedgerAsync(s, id));
    }

    [Fact]
    public async Task A_stale_commit_inside_a_shared_group_fails_alone_and_the_others_land()
    {
        await using var s = await OpenAsync("postgres", writers: 1);
        var existing = NewId();
        var colliding = NewId();
        await CreateAsync(s.Store, existing, State("Accepted"));
        await CreateAsync(s.Store, colliding, State("Accepted"));
        var (groupsBefore, commitsBefore) = (s.Writer.Groups, s.Writer.Commits);

        // All queued at once on one writer, so they travel in a few shared transactions. The stale
        // commit lost its version check and its sequence is nobody's: only the condition on the new
        // version keeps its ledger row out of the shared transaction.
        var first = Enumerable.Range(0, 40).Select(_ => NewId()).ToArray();
        var good = first.Select(CreateFresh).ToArray();
        var stale = s.Store.CommitAsync(new CaseCommit(Kind, existing, 4, 5, State("Completed"), Index("Completed", false), [Step(5, "InProgress", "Completed", State("InProgress"), State("Completed"))]));
        await Task.WhenAll(good);
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => stale);
        var (groups, commits) = (s.Writer.Groups - groupsBefore, s.Writer.Commits - commitsBefore);

        // This one collides on the ledger's unique sequence: its whole group is refused, then retried
        // one commit at a time, so it fails alone.
        var second = Enumerable.Range(0, 40).Select(_ => NewId()).ToArray();
        var good2 = second.Select(CreateFresh).ToArray();
        var collision = s.Store.CommitAsync(new CaseCommit(Kind, colliding, 0, 1, State("Accepted"), Index("Accepted"), [Step(1, null, "Accepted", null, State("Accepted"))]));
        await Task.WhenAll(good2);
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => collision);

        var fresh = first.Concat(second).ToArray();
        Assert.Equal(80L, await Scalar(s, "SELECT count(*) FROM case_record WHERE case_id = ANY($1) AND version = 1", (object)fresh));
        Assert.Equal(80L, await Scalar(s, "SELECT count(*) FROM case_ledger WHERE case_id = ANY($1)", (object)fresh));
        Assert.Equal(1, (await s.Store.LoadAsync(Kind, existing))!.Version);
        Assert.Equal(1L, await CountLedgerAsync(s, existing));
        Assert.Equal(1L, await CountLedgerAsync(s, colliding));
        Assert.True(groups < commits, $"{commits} commits took {groups} transactions: nothing was grouped");

        Task CreateFresh(string id) =>
            s.Store.CommitAsync(new CaseCommit(Kind, id, 0, 1, State("Accepted"), Index("Accepted"), [Step(1, null, "Accepted", null, State("Accepted"))]));
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task Ledger_rows_come_back_in_sequence_order_with_who_what_and_the_changes(string store)
    {
        await using var s = await OpenAsync(store);
        var id = NewId();
        var accepted = State("Accepted");
        var inProgress = State("InProgress", 1);
        var completed = State("Completed", 1);
        // An immediate intake: two steps in one commit.
        await s.Store.CommitAsync(new CaseCommit(Kind, id, 0, 1, inProgress, Index("InProgress"),
            [Step(1, null, "Accepted", null, accepted), Step(2, "Accepted", "InProgress", accepted, inProgress, "材料齐全")]));
        await s.Store.CommitAsync(new CaseCommit(Kind, id, 1, 2, completed, Index("Completed", false),
            [Step(3, "InProgress", "Completed", inProgress, completed, "办结")]));

        var rows = await s.Store.ReadLedgerAsync(Kind, id);

        Assert.Equal([1, 2, 3], rows.Select(r => r.Step.Sequence).ToArray());
        Assert.All(rows, r => Assert.Equal((Kind, id, "c-a", "510682101", "civil-affairs"), (r.Kind, r.CaseId, r.Step.ActorId, r.Step.PointCode, r.Step.WindowId)));
        Assert.Equal(new string?[] { null, "Accepted", "InProgress" }, rows.Select(r => r.Step.StatusBefore).ToArray());
        Assert.Equal(["Accepted", "InProgress", "Completed"], rows.Select(r => r.Step.StatusAfter).ToArray());
        Assert.Equal(new string?[] { null, "材料齐全", "办结" }, rows.Select(r => r.Step.Detail).ToArray());
        Assert.Equal(T0.AddMinutes(3), rows[2].Step.OccurredAt);
        var last = Assert.Single(JsonNode.Parse(rows[2].Step.Changes)!.AsArray())!;
        Assert.Equal(("replace", "/status", "Completed"), ((string)last["op"]!, (string)last["path"]!, (string)last["value"]!));
        // Replaying the ledger rebuilds the state.
        string? replayed = null;
        foreach (var row in rows)
        {
            replayed = Values.JsonPatchApplier.Apply(replayed, row.Step.Changes)!.ToJsonString();
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(completed), JsonNode.Parse(replayed!)));
    }

    [Fact]
    public async Task Appending_to_a_long_array_over_20_commits_grows_the_ledger_linearly()
    {
        await using var s = await OpenAsync("postgres");
        var id = NewId();
        var state = await CreateAsync(s.Store, id, State("InProgress", 100));
        for (var version = 1; version <= 20; version++)
        {
            var next = State("InProgress", 100 + version);
            await s.Store.CommitAsync(new CaseCommit(Kind, id, version, version + 1, next, Index("InProgress"),
                [Step(version + 1, "InProgress", "InProgress", state, next)]));
            state = next;
        }

        var second = (int)(await Scalar(s, "SELECT octet_length(changes::text) FROM case_ledger WHERE case_id = $1 AND sequence = 2", id))!;
        var last = (int)(await Scalar(s, "SELECT octet_length(changes::text) FROM case_ledger WHERE case_id = $1 AND sequence = 21", id))!;
        var stateBytes = (int)(await Scalar(s, "SELECT octet_length(state::text) FROM case_record WHERE case_id = $1", id))!;

        Assert.InRange(last, second - 8, second + 8); // only the appended element's index and number differ
        Assert.True(last * 20 < stateBytes, $"one step's changes take {last} bytes of a {stateBytes}-byte state");
        Assert.Equal(21L, await CountLedgerAsync(s, id));
    }

    [Theory]
    [InlineData("UPDATE case_ledger SET detail = 'rewritten' WHERE case_id = $1")]
    [InlineData("DELETE FROM case_ledger WHERE case_id = $1")]
    [InlineData("TRUNCATE case_ledger")]
    public async Task The_ledger_is_append_only_and_refuses_update_delete_and_truncate(string sql)
    {
        await using var s = await OpenAsync("postgres");
        var id = NewId();
        await CreateAsync(s.Store, id, State("Accepted"));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => sql.Contains("$1", StringComparison.Ordinal) ? Scalar(s, sql, id) : Scalar(s, sql));

        Assert.Equal(PostgresErrorCodes.IntegrityConstraintViolation, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        var row = Assert.Single(await s.Store.ReadLedgerAsync(Kind, id));
        Assert.Null(row.Step.Detail);
    }

    [Fact]
    public async Task The_in_memory_snapshots_show_every_case_of_a_kind_with_its_index_and_ledger()
    {
        var store = new InMemoryCaseStore();
        var a = NewId();
        var b = NewId();
        await CreateAsync(store, a, State("Accepted"));
        await CreateAsync(store, b, State("Accepted"));
        await store.CommitAsync(new CaseCommit("complaint", a, 0, 1, "{}", Index("Open"), [Step(1, null, "Open", null, "{}")]));

        var cases = store.Snapshot(Kind);

        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), cases.Select(c => c.Case.CaseId).Order(StringComparer.Ordinal));
        Assert.All(cases, c => Assert.Equal(("Accepted", true, "civil-affairs"), (c.Index.Status, c.Index.IsOpen, c.Index.WindowId)));
        Assert.Equal(2, store.LedgerSnapshot(Kind).Count);
        Assert.Single(store.LedgerSnapshot("complaint"));
    }
}
