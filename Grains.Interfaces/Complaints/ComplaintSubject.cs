namespace Network.Grains.Interfaces.Complaints;

/// <summary>
/// What a complaint is about: the center, one of its windows, one of its staff, or one of its
/// matters. Only the field its <see cref="Kind"/> needs is set.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintSubject(
    [property: Id(0)] ComplaintSubjectKind Kind,
    [property: Id(1)] string? WindowId = null,
    [property: Id(2)] string? ClerkId = null,
    [property: Id(3)] string? ReceiptNumber = null);
