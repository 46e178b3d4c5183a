using System.Diagnostics;
using System.Runtime;

namespace Network.Bench.Benchmarks;

/// <summary>
/// The process's managed heap after a full, blocking, compacting collection (the large object heap
/// compacted too, finalizers run), and its working set at that moment.
/// </summary>
public sealed record MemorySnapshot(long ManagedBytes, long WorkingSetBytes)
{
    public static MemorySnapshot Take()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }
}
