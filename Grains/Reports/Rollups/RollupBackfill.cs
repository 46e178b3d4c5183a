using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// Counts the cases committed before the rollups existed (<c>report_rollup_pending</c>, filled by
/// <c>117_report_rollups.sql</c> when it created the tables): batch by batch, in one transaction
/// each, it locks the pending cases it can (skipping any a commit holds now), adds the facts of
/// their current state and removes them from the list. Until a case is counted, its commits add
/// nothing (<see cref="RollupSql"/>: filtered when their inbox row is written); once counted, they add
/// their differences. Its own sums go straight to the rollups (additions commute with the folds'
/// <see cref="RollupFold"/>). So each case is counted exactly once, whichever silo backfills and however commits interleave; running it again
/// finds nothing to do. Started when the silo becomes active.
/// </summary>
public sealed class RollupBackfill(NpgsqlDataSource dataSource, IEnumerable<IRollupFactSource> sources, ILogger<RollupBackfill> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public const int BatchSize = 500;

    private readonly Dictionary<string, IRollupFactSource> _sources = sources.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.First());
    private readonly CancellationTokenSource _stopping = new();
    private Task _run = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RollupBackfill), ServiceLifecycleStage.Active, Start, Stop);

    /// <summary>Counts every pending case it can lock; returns how many it counted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var (taken, counted) = await BatchAsync(cancellationToken);
            if (taken == 0)
            {
                return total;
            }

            total += counted;
            if (counted == 0)
            {
                // Every case taken is held by a commit right now: let those commits finish first.
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    private Task Start(CancellationToken cancellationToken)
    {
        _run = Task.Run(async () =>
        {
            try
            {
                var counted = await RunAsync(_stopping.Token);
                if (counted > 0)
                {
                    logger.LogInformation("Report rollups: counted {Count} cases committed before the rollups existed", counted);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogError(e, "Report rollups: the backfill of earlier cases stopped; it resumes at the next start");
            }
        });
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _run.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task<(int Taken, int Counted)> BatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = new List<(string Kind, string CaseId)>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT p.kind, p.case_id
            FROM report_rollup_pending p
            ORDER BY p.kind, p.case_id
            LIMIT $1
            FOR UPDATE OF p SKIP LOCKED
            """,
            connection,
            transaction))
        {
            select.Parameters.AddWithValue(BatchSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                taken.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (taken.Count == 0)
        {
            return (0, 0);
        }

        // The cases themselves, locked: a commit of one of them waits until this transaction has
        // counted it (and then adds its difference); one a commit holds now is skipped (it stays
        // pending for the next batch), so this never waits for a commit that might wait for it.
        // A pending case with no row (none is ever deleted) is simply dropped from the list.
        var facts = new List<(string Kind, string CaseId, RollupFact Fact)>();
        var locked = new HashSet<(string Kind, string CaseId)>();
        var existing = new HashSet<(string Kind, string CaseId)>();
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            var lockCases = new NpgsqlBatchCommand(
                """
                SELECT r.kind, r.case_id, r.state::text FROM case_record r
                JOIN unnest($1::text[], $2::text[]) AS t(kind, case_id) ON r.kind = t.kind AND r.case_id = t.case_id
                ORDER BY r.kind, r.case_id
                FOR UPDATE OF r SKIP LOCKED
                """);
            // The parts of states kept as rows of their own (case_part), read by the next statement:
            // its snapshot is taken once the rows above are locked, so it holds the parts of the very
            // rows locked (a row re-read by FOR UPDATE is newer than the first statement's snapshot).
            var readParts = new NpgsqlBatchCommand(
                """
                SELECT c.kind, c.case_id, c.part, c.state::text FROM case_part c
                JOIN unnest($1::text[], $2::text[]) AS t(kind, case_id) ON c.kind = t.kind AND c.case_id = t.case_id
                ORDER BY c.kind, c.case_id, c.part
                """);
            var exists = new NpgsqlBatchCommand(
                """
                SELECT r.kind, r.case_id FROM case_record r
                JOIN unnest($1::text[], $2::text[]) AS t(kind, case_id) ON r.kind = t.kind AND r.case_id = t.case_id
                """);
            foreach (var command in new[] { lockCases, readParts, exists })
            {
                command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, taken.Select(t => t.Kind).ToArray());
                command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, taken.Select(t => t.CaseId).ToArray());
                batch.BatchCommands.Add(command);
            }

            var states = new List<(string Kind, string CaseId, string State)>();
            var parts = new Dictionary<(string Kind, string CaseId), List<Cases.Storage.CasePart>>();
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = (reader.GetString(0), reader.GetString(1));
                    locked.Add(key);
                    states.Add((key.Item1, key.Item2, reader.GetString(2)));
                }

                await reader.NextResultAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = (reader.GetString(0), reader.GetString(1));
                    if (!parts.TryGetValue(key, out var list))
                    {
                        parts[key] = list = [];
                    }

                    list.Add(new Cases.Storage.CasePart(reader.GetInt32(2), reader.GetString(3)));
                }

                await reader.NextResultAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    existing.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (kind, caseId, state) in states)
            {
                if (_sources.TryGetValue(kind, out var source))
                {
                    facts.AddRange(source.FactsOfStored(state, parts.GetValueOrDefault((kind, caseId)) ?? []).Select(f => (kind, caseId, f)));
                }
            }
        }

        // Done: the cases counted now, and pending cases that have no row.
        var done = taken.Where(t => locked.Contains(t) || !existing.Contains(t)).ToArray();

        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            var remove = new NpgsqlBatchCommand("DELETE FROM report_rollup_pending p USING unnest($1::text[], $2::text[]) AS t(kind, case_id) WHERE p.kind = t.kind AND p.case_id = t.case_id");
            remove.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, done.Select(t => t.Kind).ToArray());
            remove.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, done.Select(t => t.CaseId).ToArray());
            write.BatchCommands.Add(remove);
            if (facts.Count > 0)
            {
                write.BatchCommands.Add(RollupSql.Unconditional(facts.Select(f => f.Fact)));
                // Days the daily chart may have summed already (127) are summed again from the rows.
                write.BatchCommands.Add(ClosedFlowDays.Forget(facts.Select(f => f.Fact)));
            }

            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (taken.Count, locked.Count);
    }
}
