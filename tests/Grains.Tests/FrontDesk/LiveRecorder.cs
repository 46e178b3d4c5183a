using System.Collections.Concurrent;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>A stand-in for a gateway's observer: signals the test when a live payload (or a whole batch) it waits for arrives.</summary>
internal sealed class LiveRecorder : ILiveStatusObserver
{
    private readonly ConcurrentBag<(Func<object, bool> Match, TaskCompletionSource<object> Done)> _waits = [];
    private readonly ConcurrentBag<(Func<IReadOnlyList<LiveMessage>, bool> Match, TaskCompletionSource<IReadOnlyList<LiveMessage>> Done)> _batchWaits = [];

    public async Task<T> WaitFor<T>(Func<T, bool> match)
        where T : class
    {
        var done = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Add((p => p is T t && match(t), done));
        return (T)await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The first batch (one call from the silo's publisher: one message per group at a gateway) that <paramref name="match"/> accepts.</summary>
    public async Task<IReadOnlyList<LiveMessage>> WaitForBatch(Func<IReadOnlyList<LiveMessage>, bool> match)
    {
        var done = new TaskCompletionSource<IReadOnlyList<LiveMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _batchWaits.Add((match, done));
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public Task OnMessages(IReadOnlyList<LiveMessage> messages)
    {
        foreach (var message in messages)
        {
            foreach (var wait in _waits.Where(w => w.Match(message.Payload)))
            {
                wait.Done.TrySetResult(message.Payload);
            }
        }

        foreach (var wait in _batchWaits.Where(w => w.Match(messages)))
        {
            wait.Done.TrySetResult(messages);
        }

        return Task.CompletedTask;
    }
}
