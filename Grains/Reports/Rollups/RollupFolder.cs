using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Network.Grains.Cases.Storage;
using Npgsql;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The silo's folder of <c>report_rollup_inbox</c> (<see cref="RollupFold"/>): off the case commit's
/// path, it folds once <see cref="GroupsPerFold"/> group commits of this silo have landed
/// (<see cref="Signal"/>; signals that arrive while it folds coalesce into one more fold, which takes
/// everything waiting), every
/// <see cref="SafetyInterval"/> whatever happens (rows of other silos, a signal lost to an error), and
/// once when the silo becomes active (rows a crash left behind). Readers of the rollups fold before they
/// read (<see cref="PostgresReportRollupStore"/>), so this keeps the inbox short rather than correct.
/// </summary>
public sealed class RollupFolder : ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    /// <summary>The timer's period: a fold at least this often while the silo runs.</summary>
    public static readonly TimeSpan SafetyInterval = TimeSpan.FromSeconds(5);

    private static readonly Meter Meter = new(NetworkMetrics.MeterName);

    /// <summary>Inbox rows (group commits) one fold took.</summary>
    private static readonly Histogram<int> FoldRows =
        Meter.CreateHistogram<int>("network.rollup.fold_rows", unit: "{row}", description: "Rollup inbox rows (group commits) folded per fold");

    /// <summary>How long the oldest row a fold took had waited, from its commit's start to the fold.</summary>
    private static readonly Histogram<double> FoldAge =
        Meter.CreateHistogram<double>("network.rollup.fold_age", unit: "ms", description: "Age of the oldest rollup inbox row a fold took");

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<RollupFolder> _logger;
    private readonly TimeProvider _time;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _startFold = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _run = Task.CompletedTask;
    private long _signalled;
    private long _folds;
    private long _rows;

    public RollupFolder(NpgsqlDataSource dataSource, CaseGroupCommitWriter writer, ILogger<RollupFolder> logger, TimeProvider? time = null)
    {
        _dataSource = dataSource;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        writer.GroupCommitted += Signal;
    }

    /// <summary>Folds that took at least one row so far.</summary>
    public long Folds => Interlocked.Read(ref _folds);

    /// <summary>Inbox rows this folder folded so far.</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>Completes once the fold at the silo's start has emptied the inbox of what it found there.</summary>
    public Task StartFold => _startFold.Task;

    /// <summary>The default of <see cref="GroupsPerFold"/> (docs/rollup-fold.md: a fold a group wrote as much WAL as before).</summary>
    public const int DefaultGroupsPerFold = 32;

    /// <summary>
    /// Group commits signalled before a fold starts (1: every signal; more: fewer, larger folds, each
    /// hot rollup row upserted once for many groups, the timer folding the rest). Readers fold for
    /// themselves, so this trades only the inbox's length.
    /// </summary>
    public int GroupsPerFold { get; init; } = DefaultGroupsPerFold;

    /// <summary>Asks for a fold soon (once <see cref="GroupsPerFold"/> signals came); many calls while one is pending ask for one.</summary>
    public void Signal()
    {
        if (Interlocked.Increment(ref _signalled) >= GroupsPerFold)
        {
            _signals.Writer.TryWrite(true);
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RollupFolder), ServiceLifecycleStage.Active, Start, Stop);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private Task Start(CancellationToken cancellationToken)
    {
        _run = Task.Run(() => RunAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    private Task Stop(CancellationToken cancellationToken) => StopAsync().WaitAsync(cancellationToken);

    private async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        await _run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        // First what a crash or a stopped silo left behind, then on signal or timer.
        _signals.Writer.TryWrite(true);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await WaitAsync(stopping);
                while (_signals.Reader.TryRead(out _))
                {
                }

                Interlocked.Exchange(ref _signalled, 0);

                await RollupFold.AllAsync(_dataSource, stopping, Count);
                _startFold.TrySetResult();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The rows stay in the inbox: the next signal, the timer or a reader folds them.
                _logger.LogWarning(e, "Report rollups: a fold of the inbox failed; it is tried again");
                await Task.Delay(SafetyInterval, _time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Count(FoldResult fold)
    {
        Interlocked.Increment(ref _folds);
        Interlocked.Add(ref _rows, fold.Rows);
        FoldRows.Record(fold.Rows);
        FoldAge.Record(fold.OldestMs);
    }

    /// <summary>Until a signal, or the safety interval.</summary>
    private async Task WaitAsync(CancellationToken stopping)
    {
        if (_signals.Reader.TryPeek(out _))
        {
            return;
        }

        using var interval = new CancellationTokenSource(SafetyInterval, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, interval.Token);
        try
        {
            await _signals.Reader.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
        }
    }
}
