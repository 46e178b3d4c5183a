using System.Threading.Channels;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Tests.Live;

/// <summary>
/// A stand-in for a gateway whose answers the test controls: every batch is handed to the test
/// with the answer still open when <see cref="Holds"/> is set, so the silo cannot send the next one
/// until the test answers.
/// </summary>
internal sealed class HeldObserver : ILiveStatusObserver
{
    private readonly Channel<Batch> _batches = Channel.CreateUnbounded<Batch>();

    /// <summary>Whether batches wait for <see cref="Batch.Answer"/>; otherwise they are answered at once.</summary>
    public bool Holds { get; set; }

    public Task OnMessages(IReadOnlyList<LiveMessage> messages)
    {
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Holds)
        {
            answer.SetResult();
        }

        _batches.Writer.TryWrite(new Batch(messages.ToArray(), answer));
        return answer.Task;
    }

    /// <summary>Whether a batch has arrived that the test has not taken yet.</summary>
    public bool HasWaiting => _batches.Reader.TryPeek(out _);

    /// <summary>The next batch the silo sent.</summary>
    public async Task<Batch> NextAsync() => await _batches.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Batches until <paramref name="count"/> messages have arrived (answering each if not held).</summary>
    public async Task<List<LiveMessage>> ReceiveAsync(int count)
    {
        var received = new List<LiveMessage>();
        while (received.Count < count)
        {
            received.AddRange((await NextAsync()).Messages);
        }

        return received;
    }

    public sealed record Batch(IReadOnlyList<LiveMessage> Messages, TaskCompletionSource Answer);
}
