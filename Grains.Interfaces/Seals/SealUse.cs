namespace Network.Grains.Interfaces.Seals;

/// <summary>
/// One use of a seal, from the request to its register entry: who asked, for which matter or
/// document; who approved it and when; who stamped what and when. A use is recorded only once
/// approved, and only once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SealUse(
    [property: Id(0)] int Id,
    [property: Id(1)] string RequestedBy,
    [property: Id(2)] DateTimeOffset RequestedAt,
    [property: Id(3)] string Purpose,
    [property: Id(4)] string? ReceiptNumber,
    [property: Id(5)] int Copies)
{
    [Id(6)]
    public string? ApprovedBy { get; init; }

    [Id(7)]
    public DateTimeOffset? ApprovedAt { get; init; }

    [Id(8)]
    public string? UsedBy { get; init; }

    [Id(9)]
    public DateTimeOffset? UsedAt { get; init; }

    public bool Approved => ApprovedBy is not null;

    public bool Used => UsedBy is not null;
}
