namespace Network.Grains.Reports.Rollups;

/// <summary>One sum of the rollups: a group, a figure and a bucket, and its count over the period.</summary>
public sealed record RollupSum(string Group, string Figure, string Bucket, long Count);
