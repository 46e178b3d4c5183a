namespace Network.Grains.Calendar;

/// <summary>
/// The result of counting working days: the date reached and whether the count passed through
/// a year with no published schedule (weekends alone were skipped there, so it may move).
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct WorkingDayCount([property: Id(0)] DateOnly Date, [property: Id(1)] bool Provisional);
