namespace Network.Gateway.Hosting;

/// <summary>
/// The deadline of one HTTP request (a feature of its <see cref="HttpContext"/>), set by
/// <see cref="RequestBudgetMiddleware"/>: its start plus <c>Gateway:RequestBudgetSeconds</c>.
/// </summary>
/// <param name="Deadline">When the gateway stops waiting and answers 503.</param>
public sealed record RequestBudget(DateTimeOffset Deadline)
{
    /// <summary>What is left of the budget at <paramref name="now"/> (zero or less when it has run out).</summary>
    public TimeSpan RemainingAt(DateTimeOffset now) => Deadline - now;
}
