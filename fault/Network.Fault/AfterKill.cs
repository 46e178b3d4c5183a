namespace Network.Fault;

/// <summary>
/// How each lane fared after the silo kill (issue 15): when it next got a success, and the longest
/// request in flight at or after the kill, each checked against its bound.
/// </summary>
public static class AfterKill
{
    /// <summary>
    /// Per lane, the end of the first successful attempt it started at or after <paramref name="killAt"/>
    /// (seconds after the kill; an attempt in flight at the kill does not count, so a lane that got
    /// one answer just after the kill and then hung is not hidden), over the attempts started before
    /// <paramref name="until"/>. Fails a lane without one within <paramref name="nextSuccessBound"/> seconds.
    /// </summary>
    public static IReadOnlyList<LaneAfterKill> Lanes(IReadOnlyList<Attempt> attempts, IReadOnlyList<Lane> lanes, double killAt, double until, double nextSuccessBound, List<string> failures)
    {
        var figures = new List<LaneAfterKill>();
        for (var i = 0; i < lanes.Count; i++)
        {
            var mine = attempts.Where(a => a.Lane == i && a.StartS >= killAt && a.StartS < until).ToList();
            var next = mine.Where(a => a.Succeeded).Select(a => (double?)a.EndS).Min();
            var lane = new LaneAfterKill(
                i,
                lanes[i].Clerk,
                next is null ? null : Timeline.Round(next.Value - killAt),
                mine.Count(a => !a.Succeeded),
                mine.Count == 0 ? 0 : Timeline.Round(mine.Max(a => a.EndS - a.StartS)));
            figures.Add(lane);
            if (lane.NextSuccessAfterS is not { } after || after > nextSuccessBound)
            {
                failures.Add($"lane {i} ({lane.Clerk}) had no success within {nextSuccessBound} s of the silo kill (next success: {lane.NextSuccessAfterS?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} s after)");
            }
        }

        return figures;
    }

    /// <summary>
    /// The longest load request in flight at or after <paramref name="killAt"/> (ending after it,
    /// started before <paramref name="until"/>). Fails when it took longer than the request budget
    /// plus <paramref name="margin"/> (the HTTP overhead around the gateway's budget).
    /// </summary>
    public static LongestRequest? Longest(IReadOnlyList<Attempt> attempts, double killAt, double until, double budget, double margin, List<string> failures)
    {
        var longest = attempts
            .Where(a => a.Lane >= 0 && a.EndS >= killAt && a.StartS < until)
            .MaxBy(a => a.EndS - a.StartS);
        if (longest is null)
        {
            failures.Add("no request was in flight at or after the silo kill");
            return null;
        }

        var figure = new LongestRequest(
            longest.Lane,
            longest.Operation,
            longest.Gateway,
            Timeline.Round(longest.StartS - killAt),
            Timeline.Round(longest.EndS - longest.StartS),
            longest.Status,
            longest.Code,
            longest.Error);
        if (figure.Seconds > budget + margin)
        {
            failures.Add($"a request in flight at or after the silo kill took {figure.Seconds} s, longer than the budget of {budget} s + {margin} s: lane {figure.Lane} {figure.Operation} via {figure.Gateway}, started {figure.StartedAfterKillS} s after the kill, {figure.Status} {figure.Code} {figure.Error}");
        }

        return figure;
    }
}
