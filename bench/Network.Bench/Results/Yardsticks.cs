namespace Network.Bench.Results;

/// <summary>The figures the guide gives for a machine like this one, printed beside ours.</summary>
public sealed record Yardsticks(
    double GuidePgbenchTps = 6_200,
    double GuideAdoNetGrainWritesLow = 4_300,
    double GuideAdoNetGrainWritesHigh = 5_300,
    double GuideInMemoryGrainCalls = 150_000);
