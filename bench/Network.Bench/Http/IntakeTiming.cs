namespace Network.Bench.Http;

/// <summary>One HTTP intake: the receipt number the gateway gave, where, and when the call was sent and returned (Stopwatch ticks of the bench process).</summary>
public sealed record IntakeTiming(string ReceiptNumber, string PointCode, long Sent, long Returned);
