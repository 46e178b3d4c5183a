namespace Network.Grains.Interfaces.Queries;

/// <summary>One batch of register lines; <see cref="Next"/> continues after it, null after the last line.</summary>
[GenerateSerializer, Immutable]
public sealed record RegisterPage(
    [property: Id(0)] IReadOnlyList<RegisterLine> Lines,
    [property: Id(1)] string? Next);
