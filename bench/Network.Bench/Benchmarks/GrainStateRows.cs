namespace Network.Bench.Benchmarks;

/// <summary>The grain-state rows of one grain type and their payloads.</summary>
public sealed record GrainStateRows(string GrainType, long Rows, long PayloadBytes, double AveragePayloadBytes);
