using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Network.Grains.Storage;

/// <summary>
/// Group commit: the matter commits waiting at one moment on this silo travel together in one
/// PostgreSQL transaction, so one COMMIT (one WAL flush) acknowledges many matters. Nothing is
/// acknowledged before its transaction has committed. No artificial delay: a group is whatever
/// queued while the previous transaction was in flight, so a quiet silo commits each change at
/// once and a busy one commits many per flush. A group that fails as a whole is retried one
/// commit at a time, so only the commit at fault fails.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommitOptions _options;
    private readonly ILogger<GroupCommitWriter> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Task[] _writers;
    private long _groups;
    private long _commits;

    public GroupCommitWriter(NpgsqlDataSource dataSource, IOptions<GroupCommitOptions> options, ILogger<GroupCommitWriter> logger)
    {
        _dataSource = dataSource;
        _options = options.Value;
        _logger = logger;
        _writers = Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    /// <summary>Transactions committed so far (each carrying one or more matter commits).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Matter commits acknowledged so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public Task CommitAsync(MatterCommit commit, CancellationToken cancellationToken)
    {
        var pending = new Pending(commit, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter));
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
                _logger.LogWarning(e, "A group of {Count} matter commits failed; retrying them one at a time", group.Count);
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
        var upserts = group.Select(p => MatterCommitSql.AddTo(batch, p.Commit)).ToArray();
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _commits, group.Count);
        NetworkMetrics.CommitGroupSize.Record(group.Count);

        // Committed: acknowledge each commit, or refuse the ones whose version check failed
        // (they wrote nothing: their ledger rows were conditional on the new version).
        for (var i = 0; i < group.Count; i++)
        {
            if (upserts[i].RecordsAffected == 1)
            {
                group[i].Done.TrySetResult();
            }
            else
            {
                group[i].Done.TrySetException(new MatterVersionConflictException(group[i].Commit.After.ReceiptNumber, group[i].Commit.ExpectedVersion));
            }
        }
    }

    private static Exception Translate(Exception e, MatterCommit commit) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
            ? new MatterVersionConflictException(commit.After.ReceiptNumber, commit.ExpectedVersion)
            : e;

    private sealed record Pending(MatterCommit Commit, TaskCompletionSource Done);
}
