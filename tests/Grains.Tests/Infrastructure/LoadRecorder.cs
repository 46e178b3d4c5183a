using System.Collections.Concurrent;
using Network.Grains.Interfaces.Live;

namespace Network.Grains.Tests.Infrastructure;

/// <summary>
/// A stand-in for a gateway's live observer: keeps every message that arrives and hands a waiting
/// test the first load of a point that matches what it waits for.
/// </summary>
internal sealed class LoadRecorder : ILiveStatusObserver
{
    private readonly ConcurrentBag<(string Point, bool Subtree, Func<PointLoad, bool> Match, TaskCompletionSource<PointLoad> Done)> _waits = [];

    public ConcurrentQueue<LiveMessage> Messages { get; } = new();

    public Task<PointLoad> WaitFor(string point, bool subtree, Func<PointLoad, bool> match)
    {
        var done = new TaskCompletionSource<PointLoad>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Add((point, subtree, match, done));
        return done.Task.WaitAsync(TimeSpan.FromSeconds(90));
    }

    public Task OnMessages(IReadOnlyList<LiveMessage> messages)
    {
        foreach (var message in messages)
        {
            Messages.Enqueue(message);
            if (message.Payload is PointLoad load)
            {
                foreach (var wait in _waits.Where(w => w.Point == load.PointCode && w.Subtree == load.Subtree && w.Match(load)))
                {
                    wait.Done.TrySetResult(load);
                }
            }
        }

        return Task.CompletedTask;
    }
}
