using System.Globalization;
using System.Text.RegularExpressions;

namespace Network.ServiceDefaults;

/// <summary>
/// One pause of the garbage collector (<see cref="GcPauses"/>): its number in this process, the
/// generation collected (2 for both pauses of a background collection), whether it belonged to a
/// background collection, how long the managed threads were stopped, the bytes that survived, and
/// when it ended (<see cref="System.Diagnostics.Stopwatch"/> ticks, one clock for every process of the
/// machine). <see cref="ToString"/> is the line <see cref="GcPauseLog"/> writes and <see cref="TryParse"/> reads back.
/// </summary>
public sealed partial record GcPause(long Number, int Generation, bool Background, double PauseMs, long SurvivedBytes, long EndedTicks)
{
    /// <summary>What starts every logged pause line (the bench finds the lines of a child process by it).</summary>
    public const string Marker = "gc-pause";

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Marker} #{Number} gen{Generation} {(Background ? "background" : "blocking")} {PauseMs:0.000} ms survived {SurvivedBytes} bytes ended {EndedTicks}");

    /// <summary>Reads a pause from a line that contains one written by <see cref="ToString"/> (a logger may add a prefix).</summary>
    public static bool TryParse(string line, out GcPause pause)
    {
        var m = LinePattern().Match(line);
        if (!m.Success)
        {
            pause = null!;
            return false;
        }

        pause = new GcPause(
            long.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture),
            m.Groups[3].ValueSpan is "background",
            double.Parse(m.Groups[4].ValueSpan, CultureInfo.InvariantCulture),
            long.Parse(m.Groups[5].ValueSpan, CultureInfo.InvariantCulture),
            long.Parse(m.Groups[6].ValueSpan, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"gc-pause #(\d+) gen(\d) (background|blocking) ([0-9.]+) ms survived (\d+) bytes ended (-?\d+)")]
    private static partial Regex LinePattern();
}
