namespace Network.Gateway.Idempotency;

/// <summary>
/// How long idempotency keys are kept (configuration section <c>Gateway:Idempotency</c>). A key
/// older than <see cref="RetentionHours"/> is deleted with its stored response (which may name the
/// citizen): a request sent again with it afterwards is a new request, so a client must not retry
/// a request after this long.
/// </summary>
public sealed class IdempotencyPurgeOptions
{
    /// <summary>How long a key (and its stored response) is kept after its first use.</summary>
    public double RetentionHours { get; set; } = 48;

    /// <summary>How often each gateway looks for keys past their retention.</summary>
    public double PurgeIntervalMinutes { get; set; } = 10;

    /// <summary>Keys deleted per statement, so a purge never holds many row locks for long.</summary>
    public int PurgeBatchSize { get; set; } = 500;
}
