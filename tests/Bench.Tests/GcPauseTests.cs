using System.Diagnostics;
using Network.Bench.Benchmarks;
using Network.Bench.Cli;
using Network.Bench.Hosting;
using Network.Bench.Measuring;
using Network.ServiceDefaults;

namespace Network.Bench.Tests;

/// <summary>
/// The garbage-collector pauses the bench reports per process: what the runtime's events give
/// (<see cref="GcPauses"/>), the line a silo or gateway logs for each and the bench reads back,
/// and the sum over a measured window.
/// </summary>
public sealed class GcPauseTests
{
    [Fact]
    public async Task A_forced_full_collection_is_reported_as_one_blocking_gen2_pause_with_its_duration()
    {
        using var pauses = new GcPauses();
        var seen = new TaskCompletionSource<GcPause>(TaskCreationOptions.RunContinuationsAsynchronously);
        pauses.Paused += p =>
        {
            if (p is { Generation: 2, Background: false })
            {
                seen.TrySetResult(p);
            }
        };
        var before = Stopwatch.GetTimestamp();

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var pause = await seen.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(pause.PauseMs > 0, $"a pause of {pause.PauseMs} ms");
        Assert.InRange(pause.EndedTicks, before - Stopwatch.Frequency, Stopwatch.GetTimestamp());
    }

    [Fact]
    public void A_logged_pause_reads_back_as_it_was_written_whatever_the_logger_put_before_it()
    {
        var pause = new GcPause(17, 1, false, 131.625, 27_262_976, 8_123_456_789);

        Assert.True(GcPause.TryParse($"info: Network.ServiceDefaults.GcPauseLog[0] {pause}", out var read));
        Assert.Equal(pause, read);
        Assert.False(GcPause.TryParse("info: Microsoft.Hosting.Lifetime[0] Application started.", out _));
    }

    [Fact]
    public void A_window_counts_only_the_pauses_that_ended_in_it_by_generation_with_the_longest()
    {
        var recorder = new GcPauseRecorder();
        recorder.OnLine(new GcPause(1, 0, false, 5, 1 << 20, 100).ToString());
        recorder.OnLine(new GcPause(2, 1, false, 80, 26 << 20, 200).ToString());
        recorder.OnLine(new GcPause(3, 2, true, 3, 0, 300).ToString());
        recorder.OnLine(new GcPause(4, 0, false, 9, 2 << 20, 400).ToString());
        recorder.OnLine(new GcPause(5, 2, false, 500, 90 << 20, 500).ToString());

        var window = recorder.Between(150, 450);

        Assert.Equal((1, 1, 0, 1), (window.Gen0, window.Gen1, window.Gen2Blocking, window.BackgroundPauses));
        Assert.Equal(92, window.PausedMs);
        Assert.Equal((80, 1, 26), (window.LongestMs, window.LongestGeneration, window.MostSurvivedMb));
    }

    [Fact]
    public void What_was_alive_at_a_moment_is_settled_once_a_collection_of_gen_1_or_older_followed_a_first_collection()
    {
        var recorder = new GcPauseRecorder();
        recorder.Add(new GcPause(1, 1, false, 100, 26 << 20, 50));
        Assert.False(recorder.PromotedSince(100));

        recorder.Add(new GcPause(2, 1, false, 100, 26 << 20, 150));
        Assert.False(recorder.PromotedSince(100)); // the first since: from gen 0 to gen 1 only

        recorder.Add(new GcPause(3, 0, false, 5, 1 << 20, 200));
        recorder.Add(new GcPause(4, 2, true, 3, 0, 250));
        Assert.False(recorder.PromotedSince(100)); // a gen 0 does not move gen 1 on; a background pause does not count

        recorder.Add(new GcPause(5, 1, false, 120, 26 << 20, 300));
        Assert.True(recorder.PromotedSince(100));
        Assert.True(recorder.PromotedSince(0)); // the first collection since then was not a gen 2, the next one of gen 1 was
    }

    [Fact]
    public void A_runtime_setting_named_for_the_gateway_reaches_the_gateway_only()
    {
        Environment.SetEnvironmentVariable("BENCH_GATEWAY_DOTNET_GCgen0size", "0x1000000");
        try
        {
            Assert.Contains(new KeyValuePair<string, string>("DOTNET_GCgen0size", "0x1000000"), HttpCluster.OnlyFor("gateway"));
            Assert.DoesNotContain(HttpCluster.OnlyFor("silo"), e => e.Key == "DOTNET_GCgen0size");
        }
        finally
        {
            Environment.SetEnvironmentVariable("BENCH_GATEWAY_DOTNET_GCgen0size", null);
        }
    }

    [Fact]
    public void P3_settles_five_seconds_before_each_measured_window_unless_told_otherwise()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), BenchOptions.From(new CommandLine(["live"])).LiveSettle);
        Assert.Equal(TimeSpan.Zero, BenchOptions.From(new CommandLine(["live", "--live-settle-seconds", "0"])).LiveSettle);
    }
}
