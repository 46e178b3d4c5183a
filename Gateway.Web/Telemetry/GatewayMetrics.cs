using System.Diagnostics.Metrics;
using Network.Grains.Interfaces.Matters;

namespace Network.Gateway.Telemetry;

/// <summary>
/// The project's own meter "Network", counted at the gateway from the grains' answers: matters
/// accepted, completed and returned, and how long intake takes.
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = Network.ServiceDefaults.ServiceDefaultsExtensions.NetworkMeter;

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _returned;
    private readonly Histogram<double> _intakeDuration;

    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("network.matters.accepted", "{matter}", "Matters taken in at a window.");
        _completed = meter.CreateCounter<long>("network.matters.completed", "{matter}", "Matters finished with a result (办结).");
        _returned = meter.CreateCounter<long>("network.matters.returned", "{matter}", "Matters refused (退回).");
        _intakeDuration = meter.CreateHistogram<double>("network.intake.duration", "ms", "Time to take a matter in, as the gateway sees it.");
    }

    public void Accepted(MatterView view, TimeSpan elapsed)
    {
        var tags = Tags(view);
        _accepted.Add(1, tags);
        _intakeDuration.Record(elapsed.TotalMilliseconds, tags);
        Closing(view);
    }

    /// <summary>
    /// Counts a matter closed (办结 or 退回) by the command that answered <paramref name="after"/>:
    /// called only for the commands that can close a matter, from their one answer (no read
    /// before). A command retried without an Idempotency-Key is answered with the matter as it
    /// stands and counted again; a retry under its key is answered from the stored response and is not.
    /// </summary>
    public void Closing(MatterView after)
    {
        if (!after.IsClosed)
        {
            return;
        }

        if (after.Status == MatterStatus.Completed)
        {
            _completed.Add(1, Tags(after));
        }
        else if (after.Status == MatterStatus.Returned)
        {
            _returned.Add(1, Tags(after));
        }
    }

    private static KeyValuePair<string, object?>[] Tags(MatterView view) =>
    [
        new("network.point", view.PointCode),
        new("network.matter.kind", view.Kind.ToString()),
    ];
}
