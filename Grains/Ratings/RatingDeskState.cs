namespace Network.Grains.Ratings;

/// <summary>
/// A window's rating desk as kept in grain storage: only the SHA-256 of the paired device's secret
/// (the secret itself is shown once, to the device), who paired it and when. The occasion on offer
/// is kept in memory: it lasts minutes and a restart only means the citizen is not asked.
/// </summary>
[GenerateSerializer]
public sealed class RatingDeskState
{
    [Id(0)]
    public string? DeviceTokenHash { get; set; }

    [Id(1)]
    public string? PairedBy { get; set; }

    [Id(2)]
    public DateTimeOffset? PairedAt { get; set; }
}
