namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The one extension (延期) of a promised matter's limit, granted by the director of the point
/// with a reason: at most 10 working days for a single item, 15 for a joint matter
/// (《行政许可法》第四十二条). The deadline before and after it are kept for supervision.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeadlineExtension(
    [property: Id(0)] int WorkingDays,
    [property: Id(1)] string Reason,
    [property: Id(2)] string DirectorId,
    [property: Id(3)] DateTimeOffset GrantedAt,
    [property: Id(4)] DateOnly DueDateBefore,
    [property: Id(5)] DateOnly DueDateAfter);
