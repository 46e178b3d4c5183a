using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Network.Grains.Cases.Storage;
using Network.Grains.Storage;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using Npgsql;

namespace Network.Grains.Tests.Persistence;

/// <summary>
/// The group-commit writer's phase histogram (<see cref="NetworkMetrics.CommitPhaseDuration"/>), on a
/// real PostgreSQL and the writer's own clock: a commit's wait is told as queued or statements
/// time; a group sent in one round trip commits with its statements (no COMMIT of its own).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CommitPhaseMetricsTests(PostgresFixture db)
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_commits_wait_is_recorded_as_queued_or_statements_time_and_a_group_sent_in_one_round_trip_has_no_COMMIT_apart()
    {
        var seen = new ConcurrentQueue<(string Phase, double Ms)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NetworkMetrics.MeterName && instrument.Name == "network.case.commit_phase_duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "phase")
                {
                    seen.Enqueue(((string)tag.Value!, value));
                }
            }
        });
        listener.Start();

        // One pooled connection, held by the test: the writer waits for it while the test's clock moves 40 ms.
        var connectionString = new NpgsqlConnectionStringBuilder(await db.CreateDatabaseAsync()) { MaxPoolSize = 1 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var time = new FakeTimeProvider(T0);
        await using var writer = new CaseGroupCommitWriter(dataSource, Options.Create(new GroupCommitOptions { Writers = 1 }), NullLogger<CaseGroupCommitWriter>.Instance, time);
        var id = "510682101-20260930-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Task commit;
        await using (await dataSource.OpenConnectionAsync())
        {
            commit = writer.CommitAsync(Create(id));
            time.Advance(TimeSpan.FromMilliseconds(40));
        }

        await commit.WaitAsync(TimeSpan.FromSeconds(30));

        // Whether the writer took the commit before or after the clock moved, the 40 ms are in exactly one of the two.
        var queued = seen.Where(m => m.Phase == "queued").Select(m => m.Ms).ToArray();
        var statements = seen.Where(m => m.Phase == "statements").Select(m => m.Ms).ToArray();
        Assert.DoesNotContain(seen, m => m.Phase == "commit"); // its COMMIT travelled with its statements
        Assert.True(
            (queued.Contains(0.0) && statements.Contains(40.0)) || (queued.Contains(40.0) && statements.Contains(0.0)),
            $"queued [{string.Join(", ", queued)}], statements [{string.Join(", ", statements)}]");
    }

    private static CaseCommit Create(string id)
    {
        var state = new JsonObject { ["receiptNumber"] = id, ["status"] = "Accepted" }.ToJsonString();
        var index = new CaseIndex("510682101", "510682101", "civil-affairs", "c-a", "Accepted", true, T0, null, false);
        var step = new CaseStep(1, T0, "c-a", "510682101", "civil-affairs", "Accept", null, "Accepted", null, JsonChanges.Diff(null, state));
        return new CaseCommit("matter", id, 0, 1, state, index, [step]);
    }
}
