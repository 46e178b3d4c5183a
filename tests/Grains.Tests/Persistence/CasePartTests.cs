using Network.Grains.Cases.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// Parts of a case's state kept as rows of their own (<see cref="CasePart"/>, <c>case_part</c>):
/// written with the case row in its transaction, under its version check, on PostgreSQL and in memory.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CasePartTests(PostgresFixture db)
{
    private const string Kind = "queue";
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static CaseIndex Index => new("330182101", "330182101", null, null, "Waiting", true, T0, null, false);

    private static CaseCommit Commit(string id, int from, params CasePart[] parts) => CommitWithStep(id, from, from + 1, parts);

    /// <summary>A commit from version <paramref name="from"/> whose ledger row has <paramref name="sequence"/>.</summary>
    private static CaseCommit CommitWithStep(string id, int from, int sequence, params CasePart[] parts) =>
        new(Kind, id, from, from + 1, $$"""{"version":{{from + 1}}}""", Index,
            [new CaseStep(sequence, T0.AddMinutes(from), "kiosk", "330182101", null, "Step", null, "Waiting", null, "[]")])
        {
            Parts = parts,
        };

    private static string NewId() => "330182101/" + Guid.NewGuid().ToString("N")[..10];

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task Parts_written_by_a_commit_read_back_with_the_case_and_parts_it_does_not_write_stand(string store)
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, store);
        var id = NewId();
        await s.Store.CommitAsync(Commit(id, 0, new CasePart(0, """{"n":"A001"}"""), new CasePart(1, """{"n":"A002"}""")));
        await s.Store.CommitAsync(Commit(id, 1, new CasePart(1, """{"n":"A002","s":"Called"}"""), new CasePart(2, """{"n":"A003"}""")));

        var stored = await s.Store.LoadAsync(Kind, id);

        Assert.Equal(2, stored!.Version);
        Assert.Equal(
            ["""{"n":"A001"}""", """{"n":"A002","s":"Called"}""", """{"n":"A003"}"""],
            stored.Parts.Select(p => p.Json.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.Equal([0, 1, 2], stored.Parts.Select(p => p.Number));
        Assert.Empty((await s.Store.LoadAsync("matter", id))?.Parts ?? []);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task A_commit_that_loses_its_version_check_writes_none_of_its_parts(string store)
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, store);
        var id = NewId();
        await s.Store.CommitAsync(Commit(id, 0, new CasePart(0, """{"n":"A001"}""")));
        await s.Store.CommitAsync(Commit(id, 1, new CasePart(0, """{"n":"A001","s":"Called"}""")));

        // A stale writer (from version 1 again), alone and among other commits of one group.
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => s.Store.CommitAsync(Commit(id, 1, new CasePart(0, """{"n":"stale"}"""), new CasePart(1, """{"n":"stale"}"""))));
        // The same with a ledger row whose sequence is not taken: refused by the version check alone.
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => s.Store.CommitAsync(CommitWithStep(id, 1, 3, new CasePart(0, """{"n":"stale"}"""), new CasePart(1, """{"n":"stale"}"""))));
        var others = Enumerable.Range(0, 20).Select(_ => NewId()).ToArray();
        var group = others.Select(o => s.Store.CommitAsync(Commit(o, 0, new CasePart(0, """{"n":"B001"}""")))).ToList();
        var stale = Task.Run(() => s.Store.CommitAsync(Commit(id, 1, new CasePart(1, """{"n":"stale"}"""))));
        await Task.WhenAll(group);
        await Assert.ThrowsAsync<CaseVersionConflictException>(() => stale);

        var stored = await s.Store.LoadAsync(Kind, id);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(["""{"n":"A001","s":"Called"}"""], stored.Parts.Select(p => p.Json.Replace(" ", string.Empty, StringComparison.Ordinal)));
        foreach (var other in others)
        {
            Assert.Single((await s.Store.LoadAsync(Kind, other))!.Parts);
        }
    }

    [Fact]
    public void A_commit_refuses_two_parts_of_one_number()
    {
        var commit = Commit(NewId(), 0, new CasePart(0, "{}"), new CasePart(0, "{}"));
        Assert.Throws<ArgumentException>(commit.ThrowIfMalformed);
    }
}
