namespace Network.Bench.Http;

/// <summary>The parts of the gateway's matter answer the bench checks.</summary>
public sealed record MatterReply(string ReceiptNumber, string PointCode, string CurrentPointCode, string Status, int Version);
