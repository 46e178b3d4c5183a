using System.Runtime;

namespace Network.Bench.Measuring;

/// <summary>
/// The bench process's garbage collector while it measures: <see cref="GCLatencyMode.SustainedLowLatency"/>
/// (no blocking full collection while a background one can do, which a measured window would
/// otherwise pay as a pause of every client the bench hosts), restored when disposed. Used for the
/// gateway's P3 window and the bare yardstick's alike, so both are measured by the same process.
/// </summary>
public sealed class MeasuredWindowGc : IDisposable
{
    private readonly GCLatencyMode _before = GCSettings.LatencyMode;

    private MeasuredWindowGc() => GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;

    public static MeasuredWindowGc Start() => new();

    public void Dispose() => GCSettings.LatencyMode = _before;
}
