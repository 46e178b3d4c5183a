using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Network.ServiceDefaults;

/// <summary>
/// The trade's clock (what "today" and "now" are for the rules: working days, deadlines, slots,
/// the day's queue), kept apart from the runtime's clock (timers, tokens, cookies, timeouts). It is
/// the system clock unless <c>Network:Clock:Start</c> names an instant (ISO 8601 with its offset,
/// e.g. <c>2026-12-03T09:10:00+08:00</c>): then it starts there when the process starts and runs at
/// the real pace — for a rehearsal (演练) on a chosen day, or an end-to-end test that must run on a
/// known working day whatever the real date. Silo and gateway read the same setting.
/// </summary>
public static class TradeClock
{
    public const string StartSetting = "Network:Clock:Start";

    public static TimeProvider From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var start = configuration[StartSetting];
        if (string.IsNullOrWhiteSpace(start))
        {
            return TimeProvider.System;
        }

        return DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new StartedClock(at, TimeProvider.System)
            : throw new InvalidOperationException($"{StartSetting} is not an instant (ISO 8601 with its offset): '{start}'.");
    }

    /// <summary>A clock that read <paramref name="start"/> when it was made and runs at <paramref name="real"/>'s pace; timers and timestamps are the real ones.</summary>
    private sealed class StartedClock(DateTimeOffset start, TimeProvider real) : TimeProvider
    {
        private readonly TimeSpan _offset = start - real.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + _offset;

        public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

        public override long TimestampFrequency => real.TimestampFrequency;

        public override long GetTimestamp() => real.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            real.CreateTimer(callback, state, dueTime, period);
    }
}
