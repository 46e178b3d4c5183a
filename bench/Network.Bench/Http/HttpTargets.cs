namespace Network.Bench.Http;

/// <summary>
/// The HTTP targets and how far a run is from each. P1: the realistic mix through the gateway
/// ≥ 1.0× pgbench -N TPS with p99 ≤ 3× pgbench p99. P2: hand-off p99 ≤ 3× pgbench p99. P3
/// (issue 15): change → SignalR client p99 ≤ 5× the bare broadcast's p99 (from the call's send;
/// the from-return ratio is reported beside it). P5 (issue 15): city staleness p99 ≤ 1× the
/// roll-up interval, with the interval ≤ 1 s.
/// </summary>
public sealed record HttpTargets(
    double P1TpsRatio,
    double P1P99Ratio,
    bool P1Met,
    double PromisedTpsRatio,
    double PromisedP99Ratio,
    double P2P99Ratio,
    bool P2Met,
    double P3P99Ratio,
    double P3P99RatioFromReturned,
    bool P3Met,
    double P5P99OverInterval,
    bool P5Met)
{
    public const double P2P99Limit = 3.0;
    public const double P3P99Limit = 5.0;
    public const double P5IntervalMultiple = 1.0;
}
