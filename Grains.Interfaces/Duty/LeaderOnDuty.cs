namespace Network.Grains.Interfaces.Duty;

/// <summary>The leader receiving citizens on a day (领导坐班接待): a public name and title, e.g. 副镇长.</summary>
[GenerateSerializer, Immutable]
public sealed record LeaderOnDuty(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Name,
    [property: Id(2)] string Title);
