namespace Network.Bench.Results;

/// <summary>P4 in three figures: heap per point over 4 KiB, the country's activation time over 120 s (PostgreSQL only), and whether every target is met.</summary>
public sealed record P4Verdict(double BytesPerPointRatio, double? ActivateSecondsRatio, bool Met);
