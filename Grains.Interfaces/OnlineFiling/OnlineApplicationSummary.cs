using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>One line of the console's list of online applications (no personal data).</summary>
[GenerateSerializer, Immutable]
public sealed record OnlineApplicationSummary(
    [property: Id(0)] string Number,
    [property: Id(1)] string PointCode,
    [property: Id(2)] string ItemId,
    [property: Id(3)] string ItemName,
    [property: Id(4)] string WindowId,
    [property: Id(5)] OnlineApplicationStatus Status,
    [property: Id(6)] DateTimeOffset? SubmittedAt,
    [property: Id(7)] DateOnly? PreExamineBy,
    [property: Id(8)] FlagLevel Flag,
    [property: Id(9)] int FileCount,
    [property: Id(10)] string? ReceiptNumber);
