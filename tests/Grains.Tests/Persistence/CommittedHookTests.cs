using System.Text.Json.Nodes;
using Network.Grains.Cases.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// <see cref="CaseCommit.Committed"/>, what a commit carries to run the moment its transaction has
/// committed (a case's live message): it runs once, before the caller hears, never for a commit
/// that was refused, and what it throws does not undo the commit. On PostgreSQL (the group-commit
/// writer) and in memory.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CommittedHookTests(PostgresFixture db)
{
    private const string Kind = "matter";
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task What_follows_a_commit_runs_once_it_has_committed_before_its_caller_hears(string store)
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, store);
        var id = NewId();
        var runs = 0;
        var callerHeard = false;
        var heardWhenRun = true;

        await s.Store.CommitAsync(Commit(id, 0, 1) with
        {
            Committed = () =>
            {
                runs++;
                heardWhenRun = Volatile.Read(ref callerHeard);
            },
        });
        Volatile.Write(ref callerHeard, true);

        Assert.Equal(1, runs);
        Assert.False(heardWhenRun);
        Assert.Equal(1, (await s.Store.LoadAsync(Kind, id))!.Version);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task What_follows_a_commit_does_not_run_when_the_commit_is_refused(string store)
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, store);
        var id = NewId();
        await s.Store.CommitAsync(Commit(id, 0, 1));
        var runs = 0;

        await Assert.ThrowsAsync<CaseVersionConflictException>(() => s.Store.CommitAsync(Commit(id, 0, 1) with { Committed = () => runs++ }));

        Assert.Equal(0, runs);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("memory")]
    public async Task A_failure_in_what_follows_a_commit_leaves_the_commit_standing(string store)
    {
        await using var s = await CaseStoreUnderTest.OpenAsync(db, store);
        var id = NewId();

        await s.Store.CommitAsync(Commit(id, 0, 1) with { Committed = () => throw new InvalidOperationException("a broken follow-up") });

        Assert.Equal(1, (await s.Store.LoadAsync(Kind, id))!.Version);
        await s.Store.CommitAsync(Commit(id, 1, 2));
        Assert.Equal(2, (await s.Store.LoadAsync(Kind, id))!.Version);
    }

    private static string NewId() => "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static CaseCommit Commit(string id, int expected, int next)
    {
        var before = expected == 0 ? null : State(expected);
        var after = State(next);
        var step = new CaseStep(next, T0.AddMinutes(next), "c-a", "510682101", "civil-affairs", "Step" + next, null, "Accepted", null, JsonChanges.Diff(before, after));
        return new CaseCommit(Kind, id, expected, next, after, new CaseIndex("510682101", "510682101", "civil-affairs", "c-a", "Accepted", true, T0, null, false), [step]);
    }

    private static string State(int version) => new JsonObject { ["receiptNumber"] = "x", ["version"] = version }.ToJsonString();
}
