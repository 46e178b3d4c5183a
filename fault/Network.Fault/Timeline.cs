namespace Network.Fault;

/// <summary>Figures over the recorded attempts: recovery after a fault, the outage's answers.</summary>
public static class Timeline
{
    /// <summary>
    /// How the service came back after a fault injected at <paramref name="at"/>: the first attempt
    /// started after it that succeeded, and the last failed one before <paramref name="until"/>.
    /// </summary>
    public static FaultFigures Recovery(string fault, IReadOnlyList<Attempt> attempts, double at, double? ended, double until, double? deadDeclared)
    {
        var after = attempts.Where(a => a.StartS >= at && a.StartS < until && !a.Operation.StartsWith("reconcile", StringComparison.Ordinal)).ToList();
        var from = ended ?? at;
        var firstSuccess = after.Where(a => a.Succeeded && a.StartS >= from).Select(a => (double?)a.EndS).Min();
        var lastFailure = after.Where(a => !a.Succeeded).Select(a => (double?)a.EndS).Max();
        return new FaultFigures(
            fault,
            Round(at),
            ended is null ? null : Round(ended.Value),
            firstSuccess is null ? null : Round(firstSuccess.Value - from),
            lastFailure is null ? null : Round(lastFailure.Value - from),
            after.Count(a => !a.Succeeded),
            after.Count(a => a.Succeeded),
            deadDeclared is null ? null : Round(deadDeclared.Value - at));
    }

    /// <summary>
    /// Requests sent while PostgreSQL was down: each must be a 503 with Retry-After within
    /// <paramref name="bound"/> seconds (no hanging requests). Failures are added to <paramref name="failures"/>.
    /// </summary>
    public static Dictionary<string, object> Outage(IReadOnlyList<Attempt> attempts, double stoppedAt, double restartedAt, double bound, List<string> failures)
    {
        var during = attempts.Where(a => a.StartS >= stoppedAt && a.StartS < restartedAt).ToList();
        // Answered before the restart: the outage's own answers.
        var answered = during.Where(a => a.EndS <= restartedAt).ToList();
        var not503 = answered.Where(a => a.Status != 503).ToList();
        var noRetryAfter = answered.Where(a => a.Status == 503 && string.IsNullOrEmpty(a.RetryAfter)).ToList();
        var slow = during.Where(a => a.Ms > bound * 1000).ToList();
        var ms = during.Select(a => a.Ms).Order().ToList();
        if (answered.Count == 0)
        {
            failures.Add("no request was answered during the PostgreSQL outage");
        }

        if (not503.Count > 0)
        {
            failures.Add($"{not503.Count} requests during the outage were not 503: {Describe(not503)}");
        }

        if (noRetryAfter.Count > 0)
        {
            failures.Add($"{noRetryAfter.Count} 503s during the outage had no Retry-After");
        }

        if (slow.Count > 0)
        {
            failures.Add($"{slow.Count} requests during the outage took longer than {bound} s: {Describe(slow)}");
        }

        return new Dictionary<string, object>
        {
            ["requests"] = during.Count,
            ["answeredBeforeRestart"] = answered.Count,
            ["statuses"] = answered.GroupBy(a => a.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
            ["withRetryAfter"] = answered.Count(a => !string.IsNullOrEmpty(a.RetryAfter)),
            ["retryAfterValues"] = answered.Select(a => a.RetryAfter ?? "").Distinct().ToList(),
            ["latencyMsP50"] = ms.Count == 0 ? 0 : Round(ms[ms.Count / 2]),
            ["latencyMsMax"] = ms.Count == 0 ? 0 : Round(ms[^1]),
            ["boundSeconds"] = bound,
        };
    }

    /// <summary>After the service came back: every attempt in the last <paramref name="window"/> seconds before <paramref name="end"/> succeeded.</summary>
    public static void SteadyAgain(IReadOnlyList<Attempt> attempts, double end, double window, string after, List<string> failures)
    {
        var last = attempts.Where(a => a.StartS >= end - window && a.StartS < end && !a.Operation.StartsWith("reconcile", StringComparison.Ordinal)).ToList();
        var failed = last.Where(a => !a.Succeeded).ToList();
        if (last.Count == 0)
        {
            failures.Add($"no requests in the last {window} s after {after}");
        }
        else if (failed.Count > 0)
        {
            failures.Add($"{failed.Count} of {last.Count} requests still failed {window} s before the end of the phase after {after}: {Describe(failed)}");
        }
    }

    public static double Round(double value) => Math.Round(value, 3);

    private static string Describe(IEnumerable<Attempt> attempts) =>
        string.Join("; ", attempts.Take(3).Select(a => $"{a.Operation} via {a.Gateway} at {Round(a.StartS)} s: {a.Status} {a.Code} {a.Error} ({Round(a.Ms)} ms)"));
}
