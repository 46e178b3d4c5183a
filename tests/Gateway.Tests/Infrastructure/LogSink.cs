using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Network.Gateway.Tests.Infrastructure;

/// <summary>A logger provider that keeps every formatted line (with its exception), for assertions on what is logged.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waits = [];

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>Completes with the first line (already written or still to come) matching <paramref name="match"/>.</summary>
    public Task<string> WaitForAsync(Func<string, bool> match)
    {
        lock (_waits)
        {
            if (_lines.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((match, seen));
            return seen.Task;
        }
    }

    private void Add(string line)
    {
        lock (_waits)
        {
            _lines.Enqueue(line);
            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                wait.Seen.TrySetResult(line);
                _waits.Remove(wait);
            }
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
