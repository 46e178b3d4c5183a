using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The group-commit writer's bounds, on a real PostgreSQL: a commit whose caller's deadline has
/// passed is not sent, and a full queue refuses the next commit at once; neither writes anything.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CommitBoundsTests(PostgresFixture db)
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static string NewId() => "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static CaseCommit Create(string id, DateTimeOffset? deadline = null)
    {
        var state = new JsonObject { ["receiptNumber"] = id, ["status"] = "Accepted" }.ToJsonString();
        var index = new CaseIndex("510682101", "510682101", "civil-affairs", "c-a", "Accepted", true, T0, null, false);
        var step = new CaseStep(1, T0, "c-a", "510682101", "civil-affairs", "Accept", null, "Accepted", null, JsonChanges.Diff(null, state));
        return new CaseCommit("matter", id, 0, 1, state, index, [step]) { Deadline = deadline };
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string table, string id)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {table} WHERE case_id = $1");
        command.Parameters.AddWithValue(id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_commit_whose_deadline_has_passed_is_refused_unsent_and_nothing_of_it_is_written()
    {
        await using var dataSource = NpgsqlDataSource.Create(await db.CreateDatabaseAsync());
        await using var writer = new CaseGroupCommitWriter(dataSource, Options.Create(new GroupCommitOptions()), NullLogger<CaseGroupCommitWriter>.Instance);
        var late = NewId();
        var onTime = NewId();

        await Assert.ThrowsAsync<DeadlineExceededException>(() => writer.CommitAsync(Create(late, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await writer.CommitAsync(Create(onTime, DateTimeOffset.UtcNow.AddMinutes(5)));

        Assert.Equal(0, await CountAsync(dataSource, "case_record", late));
        Assert.Equal(0, await CountAsync(dataSource, "case_ledger", late));
        Assert.Equal(1, await CountAsync(dataSource, "case_record", onTime));
        Assert.Equal(1, await CountAsync(dataSource, "case_ledger", onTime));
        Assert.Equal(1, writer.Expired);
        Assert.Equal(0, writer.Waiting);
    }

    [Fact]
    public async Task A_full_commit_queue_refuses_the_next_commit_at_once_and_the_queued_ones_still_land()
    {
        // One pooled connection, held by the test: the writer cannot send anything until it is let go.
        var connectionString = new NpgsqlConnectionStringBuilder(await db.CreateDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var writer = new CaseGroupCommitWriter(dataSource, Options.Create(new GroupCommitOptions { Writers = 1, MaxQueued = 2 }), NullLogger<CaseGroupCommitWriter>.Instance);
        var (a, b, c) = (NewId(), NewId(), NewId());
        Task first, second;
        await using (await dataSource.OpenConnectionAsync())
        {
            first = writer.CommitAsync(Create(a));
            second = writer.CommitAsync(Create(b));

            await Assert.ThrowsAsync<CommitQueueFullException>(() => writer.CommitAsync(Create(c)));
            Assert.False(first.IsCompleted || second.IsCompleted);
            Assert.Equal(2, writer.Waiting);
        }

        await Task.WhenAll(first, second);
        Assert.Equal(1, await CountAsync(dataSource, "case_record", a));
        Assert.Equal(1, await CountAsync(dataSource, "case_record", b));
        Assert.Equal(0, await CountAsync(dataSource, "case_record", c));
        Assert.Equal(0, writer.Waiting);
        await writer.CommitAsync(Create(c));
        Assert.Equal(1, await CountAsync(dataSource, "case_ledger", c));
    }
}
