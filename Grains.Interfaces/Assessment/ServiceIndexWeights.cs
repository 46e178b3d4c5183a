namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// The formula's configured weights and deductions as they were applied (shown beside every
/// assessment and frozen into a published 通报, so its figures can be checked later).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ServiceIndexWeights(
    [property: Id(0)] decimal Efficiency,
    [property: Id(1)] decimal OnTimeShare,
    [property: Id(2)] decimal ReferenceWorkingDays,
    [property: Id(3)] decimal Quality,
    [property: Id(4)] decimal PerComplaintUpheld,
    [property: Id(5)] decimal PerBadRating,
    [property: Id(6)] decimal Performance,
    [property: Id(7)] decimal VolumeShare,
    [property: Id(8)] decimal PerReminder,
    [property: Id(9)] decimal PerAdmonition,
    [property: Id(10)] decimal PerNotice,
    [property: Id(11)] decimal PerOverdue,
    [property: Id(12)] decimal PerVacantPost,
    [property: Id(13)] int MinimumCompletedToRank);
