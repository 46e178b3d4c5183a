using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Storage;
using Npgsql;

namespace Network.Grains.Cases.Storage;

/// <summary>
/// Group commit for every kind of case: the commits waiting at one moment on this silo travel
/// together in one PostgreSQL transaction, so one COMMIT (one WAL flush) acknowledges many cases.
/// Nothing is acknowledged before its transaction has committed. No artificial delay: a group is
/// whatever queued while the previous transaction was in flight, so a quiet silo commits each
/// change at once and a busy one commits many per flush. A group that fails as a whole is retried
/// one commit at a time, so only the commit at fault fails.
/// </summary>
public sealed class CaseGroupCommitWriter : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommitOptions _options;
    private readonly ILogger<CaseGroupCommitWriter> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Task[] _writers;
    private long _groups;
    private long _commits;

    public CaseGroupCommitWriter(NpgsqlDataSource dataSource, IOptions<GroupCommitOptions> options, ILogger<CaseGroupCommitWriter> logger)
    {
        _dataSource = dataSource;
        _options = options.Value;
        _logger = logger;
        _writers = Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    /// <summary>Transactions committed so far (each carrying one or more case commits).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Case commits that reached a committed transaction so far (including ones refused by their version check).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>
    /// Queues the commit and completes once its transaction has committed; throws
    /// <see cref="CaseVersionConflictException"/> when it lost its version check.
    /// </summary>
    public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        commit.ThrowIfMalformed();
        var pending = new Pending(commit, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(CaseGroupCommitWriter));
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>(_options.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < _options.MaxBatch && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
            }

            if (group.Count == 0)
            {
                continue;
            }

            try
            {
                await CommitGroupAsync(group);
            }
            catch (Exception e) when (group.Count > 1 && e is PostgresException)
            {
                // The whole transaction was refused by one bad commit: find it by going one by one.
                _logger.LogWarning(e, "A group of {Count} case commits failed; retrying them one at a time", group.Count);
                foreach (var single in group)
                {
                    try
                    {
                        await CommitGroupAsync([single]);
                    }
                    catch (Exception one)
                    {
                        single.Done.TrySetException(Translate(one, single.Commit));
                    }
                }
            }
            catch (Exception e)
            {
                foreach (var pending in group)
                {
                    pending.Done.TrySetException(Translate(e, pending.Commit));
                }
            }
        }
    }

    private async Task CommitGroupAsync(IReadOnlyList<Pending> group)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var heads = group.Select(p => CaseCommitSql.AddTo(batch, p.Commit)).ToArray();
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _commits, group.Count);
        NetworkMetrics.CommitGroupSize.Record(group.Count);

        // Committed: acknowledge each commit, or refuse the ones whose version check failed
        // (they wrote nothing: their ledger rows were conditional on the new version).
        for (var i = 0; i < group.Count; i++)
        {
            if (heads[i].RecordsAffected == 1)
            {
                group[i].Done.TrySetResult();
            }
            else
            {
                var c = group[i].Commit;
                group[i].Done.TrySetException(new CaseVersionConflictException(c.Kind, c.CaseId, c.ExpectedVersion));
            }
        }
    }

    private static Exception Translate(Exception e, CaseCommit commit) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
            ? new CaseVersionConflictException(commit.Kind, commit.CaseId, commit.ExpectedVersion)
            : e;

    private sealed record Pending(CaseCommit Commit, TaskCompletionSource Done);
}
