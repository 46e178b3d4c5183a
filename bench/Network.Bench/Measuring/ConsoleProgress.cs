using System.Diagnostics;

namespace Network.Bench.Measuring;

/// <summary>
/// One progress line on the console: done/total, percent, rate and ETA (or, for a timed run,
/// the seconds left and a detail such as the operations so far). On a terminal the line is
/// redrawn in place; redirected, a plain line is printed every few seconds.
/// </summary>
public sealed class ConsoleProgress : IDisposable
{
    private readonly string _label;
    private readonly long _total;
    private readonly string _unit;
    private readonly Func<string>? _detail;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly bool _inPlace = !Console.IsOutputRedirected;
    private long _done;
    private int _closed;

    public ConsoleProgress(string label, long total, string unit = "points", Func<string>? detail = null)
    {
        _label = label;
        _total = total;
        _unit = unit;
        _detail = detail;
        var every = _inPlace ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        _timer = new Timer(_ => Draw(final: false), null, every, every);
    }

    /// <summary>When false (tests), nothing is printed.</summary>
    public static bool Enabled { get; set; } = true;

    public long Done => Interlocked.Read(ref _done);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Set(long done) => Interlocked.Exchange(ref _done, done);

    public void Advance(long by = 1) => Interlocked.Add(ref _done, by);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _timer.Dispose();
            Draw(final: true);
        }
    }

    private void Draw(bool final)
    {
        if (!Enabled)
        {
            return;
        }

        var done = Done;
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var eta = rate > 0 && _total > done ? TimeSpan.FromSeconds((_total - done) / rate) : TimeSpan.Zero;
        var percent = _total > 0 ? 100.0 * done / _total : 100;
        var line = $"{_label}: {done:N0}/{_total:N0} {_unit} ({percent,5:F1}%)  {rate:N0}/s  elapsed {Format(_clock.Elapsed)}  ETA {Format(eta)}";
        if (_detail is not null)
        {
            line += "  " + _detail();
        }

        lock (Console.Out)
        {
            if (_inPlace)
            {
                Console.Write("\r" + line.PadRight(Math.Min(Console.BufferWidth > 0 ? Console.BufferWidth - 1 : 120, 160)));
                if (final)
                {
                    Console.WriteLine();
                }
            }
            else
            {
                Console.WriteLine(line);
            }
        }
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss") : t.ToString(@"mm\:ss");
}
