using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Network.ServiceDefaults;

/// <summary>
/// Every pause of this process's garbage collector, as the runtime reports it (its own
/// "Microsoft-Windows-DotNETRuntime" events, GC keyword, read in-process by an
/// <see cref="EventListener"/>): from the suspension of the managed threads to their restart, with
/// the generation collected, whether it was a background collection's pause, and what survived it.
/// <see cref="GC.GetTotalPauseDuration"/> gives only the sum; a latency tail needs each pause (the
/// longest, and when it happened). Used by <see cref="GcPauseLog"/> and by the bench for its own
/// process. The events arrive on the runtime's dispatch thread shortly after the pause, carrying
/// their own time stamps.
/// </summary>
public sealed class GcPauses : EventListener
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int GcStart = 1;
    private const int GcRestartEeEnd = 3;
    private const int GcHeapStats = 4;
    private const int GcSuspendEeBegin = 9;

    // The suspensions that are for a collection (SUSPEND_FOR_GC, SUSPEND_FOR_GC_PREP), not for a debugger or shutdown.
    private const uint SuspendForGc = 1;
    private const uint SuspendForGcPrep = 6;

    private readonly object _gate = new();
    private DateTime? _suspended;
    private int _generation = -1;
    private bool _background;
    private long _survived;
    private long _number;

    /// <summary>Raised on the runtime's dispatch thread for each pause, once the threads run again.</summary>
    public event Action<GcPause>? Paused;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        GcPause? pause = null;
        lock (_gate)
        {
            switch (e.EventId)
            {
                case GcSuspendEeBegin when Payload(e, "Reason") is SuspendForGc or SuspendForGcPrep:
                    _suspended = e.TimeStamp;
                    _generation = -1;
                    _background = false;
                    _survived = 0;
                    break;
                case GcStart when _suspended is not null:
                    _generation = (int)Payload(e, "Depth");
                    _background = Payload(e, "Type") == 1;
                    break;
                case GcHeapStats when _suspended is not null:
                    _survived = (long)Payload64(e, "TotalPromotedSize0") + (long)Payload64(e, "TotalPromotedSize1") + (long)Payload64(e, "TotalPromotedSize2");
                    break;
                case GcRestartEeEnd when _suspended is { } suspended:
                    _suspended = null;
                    // A pause with no collection started in it ends a background collection (its final pause).
                    pause = new GcPause(
                        ++_number,
                        _generation < 0 ? 2 : _generation,
                        _background || _generation < 0,
                        Math.Max((e.TimeStamp - suspended).TotalMilliseconds, 0),
                        _survived,
                        MonotonicTicks(e.TimeStamp));
                    break;
            }
        }

        if (pause is not null)
        {
            Paused?.Invoke(pause);
        }
    }

    /// <summary>The <see cref="Stopwatch"/> ticks (CLOCK_MONOTONIC on Linux: one clock for every process of the machine) of an event's time stamp.</summary>
    private static long MonotonicTicks(DateTime stamp) =>
        Stopwatch.GetTimestamp() - (long)((DateTime.UtcNow - stamp.ToUniversalTime()).TotalSeconds * Stopwatch.Frequency);

    private static uint Payload(EventWrittenEventArgs e, string name) =>
        e.PayloadNames?.IndexOf(name) is int i && i >= 0 && e.Payload?[i] is { } value ? Convert.ToUInt32(value, CultureInfo.InvariantCulture) : 0;

    private static ulong Payload64(EventWrittenEventArgs e, string name) =>
        e.PayloadNames?.IndexOf(name) is int i && i >= 0 && e.Payload?[i] is { } value ? Convert.ToUInt64(value, CultureInfo.InvariantCulture) : 0;
}
