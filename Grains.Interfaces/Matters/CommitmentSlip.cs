namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// The commitment slip (办件承诺单) of a promised matter: the date by which the center promises
/// to finish, counted in working days from acceptance (the day of acceptance not counted).
/// <see cref="Provisional"/> is true when the count reaches into a year whose holiday schedule
/// is not yet published, so only weekends were skipped there.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CommitmentSlip(
    [property: Id(0)] string ReceiptNumber,
    [property: Id(1)] string PointName,
    [property: Id(2)] string ItemName,
    [property: Id(3)] DateTimeOffset AcceptedAt,
    [property: Id(4)] int TimeLimitWorkingDays,
    [property: Id(5)] DateOnly DueDate,
    [property: Id(6)] bool Provisional,
    [property: Id(7)] string ClerkId);
