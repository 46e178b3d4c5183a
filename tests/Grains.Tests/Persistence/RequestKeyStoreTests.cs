using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// A client's request key recorded with the case it opens, in the same transaction: never the key
/// without its case, never the case without its key, never two cases under one key.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RequestKeyStoreTests(PostgresFixture db)
{
    private const string Kind = "matter";
    private const string State = """{"status":"Accepted"}""";
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static string NewId() => "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static RequestKey NewKey(string body = "A1") =>
        new("c-a", Guid.NewGuid().ToString("N"), "POST", "/api/points/510682101/matters", body);

    private static CaseCommit Opening(string id, RequestKey? key) =>
        new(Kind, id, 0, 1, State, new CaseIndex("510682101", "510682101", "civil-affairs", "c-a", "Accepted", true, T0, null, false),
            [new CaseStep(1, T0, "c-a", "510682101", "civil-affairs", "Accept", null, "Accepted", null, JsonChanges.Diff(null, State))])
        {
            OpenedBy = key,
        };

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task A_second_case_opened_under_a_recorded_key_is_refused_and_writes_nothing(string store)
    {
        await using var s = await OpenAsync(store);
        var key = NewKey();
        var first = NewId();
        await s.Store.CommitAsync(Opening(first, key));

        var second = NewId();
        var refused = await Assert.ThrowsAsync<RequestKeyTakenException>(() => s.Store.CommitAsync(Opening(second, key)));

        Assert.Equal(second, refused.CaseId);
        Assert.Null(await s.Store.LoadAsync(Kind, second));
        Assert.Empty(await s.Store.ReadLedgerAsync(Kind, second));
        var recorded = await s.Store.FindRequestKeyAsync(key with { RequestHash = "whatever" });
        Assert.NotNull(recorded);
        Assert.Equal(first, recorded.CaseId);
        Assert.True(recorded.Request.SameRequestAs(key));
    }

    [Fact]
    public async Task A_key_is_not_recorded_when_its_case_could_not_be_opened()
    {
        await using var s = await OpenAsync("postgres");
        var taken = NewId();
        await s.Store.CommitAsync(Opening(taken, null));
        var key = NewKey();

        await Assert.ThrowsAsync<CaseVersionConflictException>(() => s.Store.CommitAsync(Opening(taken, key)));

        Assert.Null(await s.Store.FindRequestKeyAsync(key));
    }

    [Fact]
    public async Task A_taken_key_inside_a_shared_group_fails_alone_and_the_others_land()
    {
        await using var s = await OpenAsync("postgres", writers: 1);
        var key = NewKey();
        var holder = NewId();
        await s.Store.CommitAsync(Opening(holder, key));

        // Queued at once on one writer, so they share transactions; the retry under the taken key
        // breaks its transaction, which is then retried one commit at a time.
        var fresh = Enumerable.Range(0, 40).Select(_ => NewId()).ToArray();
        var good = fresh.Select(id => s.Store.CommitAsync(Opening(id, NewKey()))).ToArray();
        var retry = NewId();
        var refused = s.Store.CommitAsync(Opening(retry, key));
        await Task.WhenAll(good);
        await Assert.ThrowsAsync<RequestKeyTakenException>(() => refused);

        await using var count = s.DataSource.CreateCommand("SELECT count(*) FROM case_record c JOIN idempotency_key k ON k.receipt_number = c.case_id AND k.case_kind = c.kind WHERE c.case_id = ANY($1)");
        count.Parameters.AddWithValue(fresh);
        Assert.Equal(40L, await count.ExecuteScalarAsync());
        Assert.Null(await s.Store.LoadAsync(Kind, retry));
        Assert.Equal(holder, (await s.Store.FindRequestKeyAsync(key))!.CaseId);
    }

    private Task<CaseStoreUnderTest> OpenAsync(string store, int writers = 2) => CaseStoreUnderTest.OpenAsync(db, store, writers);
}
