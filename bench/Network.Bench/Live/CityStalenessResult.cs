using Network.Bench.Measuring;

namespace Network.Bench.Live;

/// <summary>
/// P5: how stale the city monitor's rolled-up acceptedToday is during the HTTP mix run (the full
/// event rate): per matter, answer → first city load counting it; the roll-up interval in force;
/// the last matter's delay; how many city loads arrived; matters never counted are the errors.
/// </summary>
public sealed record CityStalenessResult(
    string City,
    string MonitorId,
    double RollUpIntervalMs,
    int Matters,
    int Baseline,
    int FinalAccepted,
    int LoadsSeen,
    LatencySummary Staleness,
    double? LastMatterMs);
