namespace Network.Bench.Http;

/// <summary>A point's (or subtree's) live load as the gateway sends it: the figures P5 watches.</summary>
public sealed record LoadReply(string PointCode, bool Subtree, int Open, int AcceptedToday, int ClosedToday, int HandOffsInFlight);
