namespace Network.Gateway.Hosting;

/// <summary>
/// Tells the grain calls in flight that a silo was lost under them: the gateway's connection to a
/// silo closed (<see cref="RequestBudgetGatewayObserver"/>) or a silo was declared dead
/// (<see cref="RequestBudgetSiloDeathWatch"/>). A call sent before the loss may have been on that
/// silo and will then never be answered (Orleans does not fail a request whose silo died while
/// it was out), so <see cref="RequestBudgetCallFilter"/> sends the safe ones again at once instead
/// of waiting for the request's budget to run out.
/// </summary>
public sealed class RequestBudgetSiloLoss(ILogger<RequestBudgetSiloLoss> logger)
{
    private CancellationTokenSource _current = new();

    private volatile bool _anySiloActive = true;

    /// <summary>Cancelled at the next loss: a call takes it before it is sent.</summary>
    public CancellationToken Token => Volatile.Read(ref _current).Token;

    /// <summary>
    /// False while the membership table lists no active silo: sending a call again cannot help
    /// then (the whole cluster is away), so a silo loss is the answer at once (503
    /// <c>service.unavailable</c>). True when it is not known (Static clustering).
    /// </summary>
    public bool ClusterReachable => _anySiloActive;

    /// <summary>What the membership table last said: whether any silo of the cluster is active.</summary>
    public void SilosActive(bool any) => _anySiloActive = any;

    /// <summary>Signals a loss to every call that took <see cref="Token"/> before now.</summary>
    public void Raise(string what)
    {
        var lost = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        logger.LogInformation("Silo lost: {What}; grain calls still out that are safe to repeat are sent again", what);
        lost.Cancel();
        lost.Dispose();
    }
}
