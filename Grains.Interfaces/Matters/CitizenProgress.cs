namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// What a citizen sees of their matter through the public lookup: where it stands, by when, what
/// is still missing and how it ended. No name, no resident ID number, no clerk, no progress code.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CitizenProgress(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointName,
    [property: Id(2)] string ItemName,
    [property: Id(3)] MatterStatus Status,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] DateOnly? DueDate,
    [property: Id(6)] IReadOnlyList<string> MissingMaterials,
    [property: Id(7)] MatterStatus? OutcomeStatus,
    [property: Id(8)] string? ResultNote,
    [property: Id(9)] string? Reason,
    [property: Id(10)] string? LegalBasis)
{
    /// <summary>The working days the limit was extended by (延期), if it was; <see cref="DueDate"/> already includes them.</summary>
    [Id(11)]
    public int? ExtendedWorkingDays { get; init; }

    /// <summary>Why the limit was extended, as the director wrote it.</summary>
    [Id(12)]
    public string? ExtensionReason { get; init; }
}
