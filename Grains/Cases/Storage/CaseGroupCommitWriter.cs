using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Errors;
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
/// <para>
/// Bounded: at most <see cref="GroupCommitOptions.MaxQueued"/> commits wait at once (queued or in
/// a transaction not yet committed); one more is refused at once with
/// <see cref="CommitQueueFullException"/>. A commit whose <see cref="CaseCommit.Deadline"/> has
/// passed when a writer takes it from the queue is refused with
/// <see cref="DeadlineExceededException"/> instead of being sent: its caller no longer waits, and
/// nothing of it is written (the caller treats it as any failed commit and reloads).
/// </para>
/// </summary>
public sealed class CaseGroupCommitWriter : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommitOptions _options;
    private readonly ILogger<CaseGroupCommitWriter> _logger;
    private readonly TimeProvider _time;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Task[] _writers;
    private long _groups;
    private long _commits;
    private long _waiting;
    private long _expired;

    /// <param name="time">The clock the commits' deadlines are read against (the system clock by default).</param>
    /// <param name="heads">The cases' last ledger hashes this silo knows (a new, empty set by default).</param>
    public CaseGroupCommitWriter(NpgsqlDataSource dataSource, IOptions<GroupCommitOptions> options, ILogger<CaseGroupCommitWriter> logger, TimeProvider? time = null, LedgerHeads? heads = null)
    {
        _dataSource = dataSource;
        Heads = heads ?? new LedgerHeads();
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _writers = Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    /// <summary>The last ledger row of each case this writer wrote or its store read: new rows are sent chained to it.</summary>
    public LedgerHeads Heads { get; }

    /// <summary>Raised after each committed group has been acknowledged (the rollups' folder: Reports/Rollups/RollupFolder).</summary>
    public event Action? GroupCommitted;

    /// <summary>Transactions committed so far (each carrying one or more case commits).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Case commits that reached a committed transaction so far (including ones refused by their version check).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Commits waiting now: queued, or in a transaction not yet committed.</summary>
    public long Waiting => Interlocked.Read(ref _waiting);

    /// <summary>Commits refused unsent so far because their caller's deadline had passed.</summary>
    public long Expired => Interlocked.Read(ref _expired);

    /// <summary>
    /// Queues the commit and completes once its transaction has committed; throws
    /// <see cref="CaseVersionConflictException"/> when it lost its version check,
    /// <see cref="RequestKeyTakenException"/> when the key it opens its case under is already recorded,
    /// <see cref="CommitQueueFullException"/> at once when the queue is full and
    /// <see cref="DeadlineExceededException"/> when its deadline passed before it was sent; in
    /// these cases nothing of it was written.
    /// </summary>
    public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        commit.ThrowIfMalformed();
        if (Interlocked.Increment(ref _waiting) > Math.Max(1, _options.MaxQueued))
        {
            Interlocked.Decrement(ref _waiting);
            NetworkMetrics.CommitsRefused.Add(1, new KeyValuePair<string, object?>("reason", "queueFull"));
            throw new CommitQueueFullException($"The commit queue of this silo is full ({_options.MaxQueued} commits waiting); {commit.Kind} {commit.CaseId} was not written. Try again shortly.");
        }

        // Hashed here, on the caller's thread, not in the writer's loop: the loop is the bottleneck.
        var pending = new Pending(commit, Heads.Chain(commit.Kind, commit.CaseId, commit.Steps), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), _time.GetTimestamp());
        if (!_queue.Writer.TryWrite(pending))
        {
            Fail(pending, new ObjectDisposedException(nameof(CaseGroupCommitWriter)));
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
            var now = _time.GetUtcNow();
            while (group.Count < _options.MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (next.Commit.Deadline <= now)
                {
                    // Its caller has stopped waiting: sending it would write a change nobody is told of.
                    Interlocked.Increment(ref _expired);
                    NetworkMetrics.CommitsRefused.Add(1, new KeyValuePair<string, object?>("reason", "deadline"));
                    Fail(next, new DeadlineExceededException(
                        $"The deadline of the request for {next.Commit.Kind} {next.Commit.CaseId} passed while its commit was queued; it was not written."));
                    continue;
                }

                group.Add(next);
            }

            if (group.Count == 0)
            {
                continue;
            }

            // One instant ends the commits' queueing and starts their group's statements: the two phases add up.
            var taken = _time.GetTimestamp();
            foreach (var pending in group)
            {
                NetworkMetrics.CommitPhaseDuration.Record(_time.GetElapsedTime(pending.QueuedAt, taken).TotalMilliseconds, Phase("queued"));
            }

            try
            {
                await CommitGroupAsync(group, taken);
            }
            catch (Exception e) when (group.Count > 1 && e is PostgresException)
            {
                // The whole transaction was refused by one bad commit: find it by going one by one.
                _logger.LogWarning(e, "A group of {Count} case commits failed; retrying them one at a time", group.Count);
                foreach (var single in group)
                {
                    try
                    {
                        await CommitGroupAsync([single], _time.GetTimestamp());
                    }
                    catch (Exception one)
                    {
                        Fail(single, Translate(one, single.Commit));
                    }
                }
            }
            catch (Exception e)
            {
                foreach (var pending in group)
                {
                    Fail(pending, Translate(e, pending.Commit));
                }
            }
        }
    }

    /// <param name="started">When the group was taken (<see cref="TimeProvider.GetTimestamp"/>): its statements' time counts from then.</param>
    private async Task CommitGroupAsync(IReadOnlyList<Pending> group, long started)
    {
        // A group is first written in few multi-row statements (CaseGroupSql); when one of them says
        // that some commit lost its version check, again one statement per case row, which names it.
        var rowWise = false;
        while (group.Count > 0)
        {
            (group, rowWise) = await TryCommitGroupAsync(group, rowWise, started);
            started = _time.GetTimestamp();
        }
    }

    /// <summary>
    /// Writes the group in one transaction: in few multi-row statements (<see cref="CaseGroupSql"/>),
    /// or with <paramref name="rowWise"/> one statement per case row (<see cref="CaseCommitSql"/>).
    /// In few statements, the batch goes without an explicit transaction: PostgreSQL runs it as one
    /// implicit transaction and commits it at its end, one round trip, and the version checks are in
    /// the SQL: a commit that lost its check fails the batch (<see cref="CaseGroupSql.VersionLost"/>)
    /// and rolls all of it back, and the group is returned to be written row-wise. Row-wise, in an
    /// explicit transaction, the case rows' counts are read before committing: when one lost, the
    /// transaction is rolled back (the ledger rows and rollups of a commit that lost its check were
    /// written unguarded), the ones that lost are refused and the others returned to be written again.
    /// When every commit's version check passed, the group is committed and acknowledged.
    /// </summary>
    private async Task<(IReadOnlyList<Pending> Again, bool RowWise)> TryCommitGroupAsync(IReadOnlyList<Pending> group, bool rowWise, long started)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = rowWise ? await connection.BeginTransactionAsync() : null;
        await using var batch = new NpgsqlBatch(connection, transaction);
        var heads = rowWise ? group.Select(p => CaseCommitSql.AddTo(batch, p.Commit, p.Hashes)).ToArray() : null;
        if (!rowWise)
        {
            CaseGroupSql.AddTo(batch, group.Select(p => (p.Commit, p.Hashes)).ToArray());
        }

        Reports.Rollups.RollupSql.AddTo(batch, group.Select(p => p.Commit));
        try
        {
            await batch.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == CaseGroupSql.VersionLost)
        {
            // Some commit lost its version check (the batch is rolled back whole); the error names one, the row-wise form all.
            return (group, true);
        }

        var executed = _time.GetTimestamp();
        if (heads is not null && heads.Any(h => h.RecordsAffected != 1))
        {
            await transaction!.RollbackAsync();
            var again = new List<Pending>(group.Count);
            for (var i = 0; i < group.Count; i++)
            {
                if (heads[i].RecordsAffected == 1)
                {
                    again.Add(group[i]);
                }
                else
                {
                    var c = group[i].Commit;
                    Fail(group[i], new CaseVersionConflictException(c.Kind, c.CaseId, c.ExpectedVersion));
                }
            }

            return (again, true);
        }

        NetworkMetrics.CommitPhaseDuration.Record(_time.GetElapsedTime(started, executed).TotalMilliseconds, Phase("statements"));
        if (transaction is not null)
        {
            await transaction.CommitAsync();
            NetworkMetrics.CommitPhaseDuration.Record(_time.GetElapsedTime(executed).TotalMilliseconds, Phase("commit"));
        }

        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _commits, group.Count);
        NetworkMetrics.CommitGroupSize.Record(group.Count);
        for (var i = 0; i < group.Count; i++)
        {
            if (group[i].Hashes is { } hashes)
            {
                var c = group[i].Commit;
                Heads.Record(c.Kind, c.CaseId, c.Steps[^1].Sequence, hashes[^1]);
            }
        }

        // The group's announcements first, all of them, then the callers: a grain's turn after its
        // commit is not on the path of its live message, and the group's messages queue together.
        foreach (var pending in group)
        {
            RunCommitted(pending.Commit, _logger);
        }

        foreach (var pending in group)
        {
            Succeed(pending);
        }

        GroupCommitted?.Invoke();
        return ([], rowWise);
    }

    // The count of waiting commits drops before the caller hears, so it is exact when they do.
    private void Succeed(Pending pending)
    {
        if (Interlocked.Exchange(ref pending.Finished, 1) == 0)
        {
            Interlocked.Decrement(ref _waiting);
            pending.Done.TrySetResult();
        }
    }

    private void Fail(Pending pending, Exception error)
    {
        if (Interlocked.Exchange(ref pending.Finished, 1) == 0)
        {
            Interlocked.Decrement(ref _waiting);
            pending.Done.TrySetException(error);
        }
    }

    /// <summary>Runs <see cref="CaseCommit.Committed"/>; what it throws is logged, the commit stands.</summary>
    internal static void RunCommitted(CaseCommit commit, ILogger logger)
    {
        try
        {
            commit.Committed?.Invoke();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "What follows the commit of {Kind} {CaseId} failed; the commit stands", commit.Kind, commit.CaseId);
        }
    }

    private static KeyValuePair<string, object?> Phase(string name) => new("phase", name);

    private static Exception Translate(Exception e, CaseCommit commit) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "idempotency_key" } => new RequestKeyTakenException(commit.Kind, commit.CaseId),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => new CaseVersionConflictException(commit.Kind, commit.CaseId, commit.ExpectedVersion),
        _ => e,
    };

    /// <summary>A queued commit and its caller's answer; <see cref="Finished"/> is set once it is answered.</summary>
    private sealed class Pending(CaseCommit commit, byte[][]? hashes, TaskCompletionSource done, long queuedAt)
    {
        public int Finished;

        /// <summary>When its caller handed it over (<see cref="TimeProvider.GetTimestamp"/>).</summary>
        public long QueuedAt => queuedAt;

        public CaseCommit Commit => commit;

        /// <summary>The steps' hashes in the case's chain, or null for the database to compute.</summary>
        public byte[][]? Hashes => hashes;

        public TaskCompletionSource Done => done;
    }
}
