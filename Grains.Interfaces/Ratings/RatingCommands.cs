using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// A rating from the device at a window (一次一评). A rating is the citizen's: the gateway never
/// signs one; <paramref name="SignedIn"/> is the signed-in staff account that sent the request, if
/// any, and the rules refuse every rating that has one.
/// </summary>
/// <param name="SignedIn">The staff actor of the request, or null for the anonymous citizen (the only allowed case).</param>
/// <param name="DeviceToken">The secret the device received when a clerk paired it with the window.</param>
/// <param name="OfferId">The occasion the device showed (the matter just served at the window).</param>
/// <param name="Rating">The citizen's choice.</param>
[GenerateSerializer, Immutable]
public sealed record RateAtDeskCommand(
    [property: Id(0)] Actor? SignedIn,
    [property: Id(1)] string DeviceToken,
    [property: Id(2)] string OfferId,
    [property: Id(3)] RatingSubmission Rating);

/// <summary>
/// A rating once the matter is closed (一事一评), from the public progress page or the slip's link,
/// proved like a progress lookup (the progress code on the slip, or the full resident ID number).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RateAfterClosingCommand(
    [property: Id(0)] Actor? SignedIn,
    [property: Id(1)] ProgressProof Proof,
    [property: Id(2)] RatingSubmission Rating,
    [property: Id(3)] RatingChannel Channel);
