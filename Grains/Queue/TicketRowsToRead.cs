using System.Collections;
using Network.Grains.Interfaces.Queue;

namespace Network.Grains.Queue;

/// <summary>
/// The ticket list of a queue's case row as stored: only how many tickets the day has, each a row of
/// its own (<see cref="QueueRepository"/>). It exists between reading the row and putting the day
/// together (<see cref="QueueRepository"/>'s Assemble), which reads exactly this many ticket rows:
/// rows past the count (left when a build that stored the day whole wrote it in between) are not the
/// day's. Its tickets cannot be read before that.
/// </summary>
internal sealed class TicketRowsToRead(int count) : IReadOnlyList<Ticket>
{
    public int Count { get; } = count >= 0 ? count : throw new FormatException("A stored queue counts fewer than no tickets.");

    public Ticket this[int index] => throw NotAssembled();

    public IEnumerator<Ticket> GetEnumerator() => throw NotAssembled();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException NotAssembled() =>
        new("A queue's tickets are read from their rows when the day is put together, not from its case row.");
}
