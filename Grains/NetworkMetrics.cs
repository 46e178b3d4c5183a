using System.Diagnostics.Metrics;

namespace Network.Grains;

/// <summary>The project's own meter, "Network", beside Orleans' "Microsoft.Orleans".</summary>
public static class NetworkMetrics
{
    public const string MeterName = "Network";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>How many matter commits one PostgreSQL transaction carried.</summary>
    public static readonly Histogram<int> CommitGroupSize =
        Meter.CreateHistogram<int>("network.matter.commit_group_size", unit: "{commit}", description: "Matter commits per PostgreSQL transaction (group commit)");

    /// <summary>
    /// Where a case commit's time goes, in milliseconds, by <c>phase</c>: <c>queued</c> (per commit: from
    /// its caller's hand-off to a writer taking it into a group), <c>statements</c> (per group: a pooled
    /// connection and the group's statements; for a group sent in one round trip, its commit and WAL
    /// flush too) and <c>commit</c> (per group written row-wise: COMMIT and its WAL flush).
    /// </summary>
    public static readonly Histogram<double> CommitPhaseDuration =
        Meter.CreateHistogram<double>("network.case.commit_phase_duration", unit: "ms", description: "Time of a case commit's phases: queued (per commit), statements and commit (per group transaction)");

    /// <summary>Case commits refused unsent, by reason (queueFull, deadline).</summary>
    public static readonly Counter<long> CommitsRefused =
        Meter.CreateCounter<long>("network.case.commits_refused", unit: "{commit}", description: "Case commits refused without being sent: the queue was full or the caller's deadline had passed");

    /// <summary>Matter state changes committed, by action.</summary>
    public static readonly Counter<long> MatterSteps =
        Meter.CreateCounter<long>("network.matter.steps", unit: "{step}", description: "Ledger steps committed, by action");

    /// <summary>Deadline flags raised, by level.</summary>
    public static readonly Counter<long> Flags =
        Meter.CreateCounter<long>("network.matter.flags", unit: "{flag}", description: "Yellow and red deadline flags raised");
}
