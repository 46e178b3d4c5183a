using System.Runtime.InteropServices;

namespace Network.Bench.Results;

/// <summary>The machine a run was measured on.</summary>
public sealed record MachineInfo(string CpuModel, int Processors, double MemoryGiB, string Os, string Runtime)
{
    public static MachineInfo Current() => new(
        ReadCpuModel(),
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (double)(1L << 30), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    private static string ReadCpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo))
        {
            return "unknown";
        }

        var line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
