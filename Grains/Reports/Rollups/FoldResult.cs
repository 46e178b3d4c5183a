namespace Network.Grains.Reports.Rollups;

/// <summary>What one fold took: inbox rows, and the age of the oldest of them in milliseconds (0 when none).</summary>
public readonly record struct FoldResult(int Rows, double OldestMs);
