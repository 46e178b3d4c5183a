using Network.Grains.Interfaces.Network;

namespace Network.Grains.Queue.Rules;

/// <summary>
/// What the queue's rules may consult, loaded by the grain before it asks them: the clock, the
/// point's profile (its windows in hall order), who is on duty at the windows a command concerns
/// (AB岗), the configured no-show count and service time, and for a link to a matter whether the
/// matter exists at this point. Plain data.
/// </summary>
public sealed record QueueContext(
    DateTimeOffset Now,
    ServicePointProfile Point,
    IReadOnlyDictionary<string, WindowDuty> Duties,
    int NoShowAfterCalls,
    int DefaultServiceMinutes)
{
    /// <summary>Receipt numbers the command names that are matters taken in at this point.</summary>
    public IReadOnlySet<string> KnownMatters { get; init; } = new HashSet<string>();

    public DateOnly Today => ChinaTime.DateOf(Now);

    /// <summary>The window's number in the hall (1-based, in the point's order) and its ticket prefix (A, B, C…).</summary>
    public (int Number, string Prefix)? Category(string windowId)
    {
        for (var i = 0; i < Point.Windows.Count; i++)
        {
            if (Point.Windows[i].Id == windowId)
            {
                return (i + 1, PrefixOf(i));
            }
        }

        return null;
    }

    public static string PrefixOf(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"Z{index - 25}";
}
