namespace Network.Bench.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        Network.Bench: network generator and benchmark runner (see docs/benchmarks.md)

          generate   --preset smoke|county|province|country (default county)
                     [--cities N] [--townships-per-city X] [--villages-per-township Y]
                     [--windows N] [--items N] [--seed N]
                     [--out FILE.json] [--indent]                   write the network file
                     [--load-cluster "CONNECTION"] [--cluster-id ID] [--service-id ID]
                                                                    load into a running cluster
                                                                    (ADO.NET clustering on its PostgreSQL)
                     [--load-in-process] [--postgres "CONNECTION"]  load into a silo in this process
                     [--parallelism N]
          run        [--smoke] [--out DIR (default bench/results)] [--callers 64] [--handoff-callers 16]
                     [--pgbench-seconds 30] [--intake-seconds 30] [--call-seconds 10] [--handoff-seconds 20]
                     [--probe-seconds 10] [--memory-intake-seconds 10] [--warm-up-seconds 5]
                     [--intake-preset county] [--memory-presets province[,country]|none] [--memory-storage memory,postgres]
                     HTTP part (real silo + gateway processes): [--no-http] [--http-callers 64] [--http-seconds 20]
                     [--http-townships 8] [--http-villages-per-township 8] [--signalr-clients 1000] [--http-warm-up-seconds 30]
                     [--live-callers 16] [--live-seconds 15] [--live-rate 0 (closed loop) | N/s (paced)] [--live-settle-seconds 5] [--rollup-interval 0.5]
          live       only P3 and P5 of the HTTP part (silo + gateway processes, bare SignalR yardstick), with
                     run's HTTP options; [--parts p5,p3] [--repeat N] (P3 N times) [--out DIR]: DIR/live.json
          yardstick  only run's pgbench yardstick, [--repeat 5] times, each on a fresh bare server as run's
                     ([--migrated]: the project's schema first), [--pgbench-seconds 10] [--clients 64] [--threads 2]; per run TPS, CPU ms per
                     transaction, WAL/checkpoints/autovacuum in the window [--out DIR]: DIR/yardstick.json
          queue      Q1 (issue 12): tickets issued and called at [--ticket-rate 200]/s while [--hall-screens 1000]
                     hall displays watch; call → hall display p99 beside the bare SignalR figure;
                     [--queue-seconds 20] [--queue-callers 64] [--queue-warm-up-seconds 0], run's HTTP network options
                     [--out DIR]: DIR/queue.json
          memory     [--presets province[,country]] [--storage memory,postgres] [--parallelism 64]
                     [--out FILE.json (default bench/results/p4.json)]
                                                                    P4 alone: define each preset, activate every point
                                                                    (through PostgreSQL: in a fresh silo process)
          country    [--storage postgres] [--preset country] [--parallelism 64]
                     [--out FILE.json (default bench/results/PRESET-p4-postgres-bulk.json)]
                                                                    P4 from PostgreSQL: the preset's points defined in
                                                                    bulk into grain storage, activated by a fresh silo
                                                                    process; the server's data folder removed at the end
          reports    issue 11 at province-year scale: generate [--ledger-rows 20500000] rows of [--year 2025] over
                     [--cities 12] [--townships-per-city 15] [--villages-per-township 12] straight into PostgreSQL
                     (COPY, [--workers 2]), fill the rollups, then the ledger scan (yardstick), city-month and
                     province-quarter reports ([--reads 200]) and a city-year register export (CSV, .xlsx)
                     through the real processes; [--smoke] a few thousand rows; [--out FILE (bench/results/reports.json)]
          floor      Orleans' own CPU per operation in this process (a call to an active grain, a call activating a
                     new grain, a new grain making 6 calls: the floor under a grain per case), [--floor-seconds 10]
                     each, [--callers 64] [--warm-up-seconds 5], beside pgbench -N [--pgbench-seconds 10] (0: none) and
                     the CPU budget per intake that issue 15's 0.8×/0.5× targets leave; [--out DIR]: DIR/floor.json
        """;
}
