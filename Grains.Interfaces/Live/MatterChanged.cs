using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Live;

/// <summary>A matter's status after a committed change, as pushed to screens. No personal data.</summary>
[GenerateSerializer, Immutable]
public sealed record MatterChanged(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string CurrentPointCode,
    [property: Id(4)] MatterStatus Status,
    [property: Id(5)] string Action,
    [property: Id(6)] string ItemName,
    [property: Id(7)] string HandlerClerkId,
    [property: Id(8)] DateOnly? DueDate,
    [property: Id(9)] FlagLevel Flag,
    [property: Id(10)] DateTimeOffset At,
    [property: Id(11)] int Version)
{
    /// <summary>Points whose screens care: the point of intake and every point holding or working on it.</summary>
    [Id(12)]
    public IReadOnlyList<string> Points { get; init; } = [];

    /// <summary>Points where a joint part of the matter is still open.</summary>
    [Id(13)]
    public IReadOnlyList<string> OpenPartPoints { get; init; } = [];

    /// <summary>Whether the matter is finished (decided by the matter's rules, not by each reader).</summary>
    [Id(14)]
    public bool IsClosed { get; init; }
}
