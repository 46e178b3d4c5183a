namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// What the rating device (服务评价器) at a window shows: the window and the clerk on duty, and
/// the occasion to rate when a citizen was just served there. No personal data of the citizen.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeskScreen(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string PointName,
    [property: Id(2)] string WindowId,
    [property: Id(3)] string WindowName,
    [property: Id(4)] string ClerkOnDutyName,
    [property: Id(5)] string ClerkOnDutyId,
    [property: Id(6)] DeskOffer? Offer);

/// <summary>The occasion the device offers to rate: the step that just served the citizen at this window.</summary>
/// <param name="OfferId">Opaque; the device sends it back with the rating.</param>
/// <param name="ItemName">The service item of the matter.</param>
/// <param name="ClerkName">The clerk who served.</param>
/// <param name="ClerkId">The clerk's staff id (工号).</param>
/// <param name="ServedAt">When.</param>
/// <param name="ReceiptTail">The last four characters of the receipt number, so the citizen recognises their slip.</param>
[GenerateSerializer, Immutable]
public sealed record DeskOffer(
    [property: Id(0)] string OfferId,
    [property: Id(1)] string ItemName,
    [property: Id(2)] string ClerkName,
    [property: Id(3)] string ClerkId,
    [property: Id(4)] DateTimeOffset ServedAt,
    [property: Id(5)] string ReceiptTail);

/// <summary>A device paired with a window: the secret it keeps (shown once) and the window.</summary>
[GenerateSerializer, Immutable]
public sealed record DevicePairing(
    [property: Id(0)] string PointCode,
    [property: Id(1)] string WindowId,
    [property: Id(2)] string DeviceToken,
    [property: Id(3)] DateTimeOffset PairedAt);
