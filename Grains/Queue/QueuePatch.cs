using System.Globalization;
using System.Text.Json.Nodes;
using Network.Grains.Cases.Storage;

namespace Network.Grains.Queue;

/// <summary>
/// A queue step's ledger patch, built from what the step changed instead of from the whole day: a
/// step replaces a ticket (a new record, the others kept as they were) or appends one, and changes
/// the day's own figures (the last call, the latest calls, version, sequence). The patch is exactly
/// the one <see cref="JsonChanges.Diff"/> finds between the two days' whole JSON, at the cost of one
/// or two tickets however long the day has grown.
/// </summary>
internal static class QueuePatch
{
    /// <summary>The patch from <paramref name="before"/> to <paramref name="after"/>, or null when tickets were dropped (never by a rule: the whole diff then).</summary>
    public static string? Between(QueueState before, QueueState after)
    {
        if (after.Tickets.Count < before.Tickets.Count)
        {
            return null;
        }

        // The tickets come before the day's figures in the state's JSON, as in the whole diff.
        var ops = new JsonArray();
        foreach (var i in Changed(before, after))
        {
            var path = "/tickets/" + i.ToString(CultureInfo.InvariantCulture);
            if (i < before.Tickets.Count)
            {
                JsonChanges.AppendDiff(ops, path, QueueJson.NodeOf(before.Tickets[i]), QueueJson.NodeOf(after.Tickets[i]));
            }
            else
            {
                JsonChanges.AppendAdd(ops, path, QueueJson.NodeOf(after.Tickets[i]));
            }
        }

        JsonChanges.AppendDiff(ops, string.Empty, QueueJson.HeaderOf(before), QueueJson.HeaderOf(after));
        return JsonChanges.Write(ops);
    }

    /// <summary>
    /// The places of the tickets a step changed or added, in order: a ticket kept is the same record
    /// before and after (<see cref="QueueState.With"/>), so a reference comparison finds them.
    /// </summary>
    public static IEnumerable<int> Changed(QueueState before, QueueState after)
    {
        for (var i = 0; i < after.Tickets.Count; i++)
        {
            if (i >= before.Tickets.Count || !ReferenceEquals(before.Tickets[i], after.Tickets[i]))
            {
                yield return i;
            }
        }
    }
}
