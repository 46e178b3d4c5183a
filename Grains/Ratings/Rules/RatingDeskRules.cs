using System.Security.Cryptography;
using System.Text;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Ratings.Rules;

/// <summary>
/// The rules of a window's rating device, pure: who may pair a device (the window's A or B clerk,
/// or a director of the point), that only the paired device's secret is accepted, and that a
/// rating is for the occasion on offer now, not for any other matter.
/// </summary>
public static class RatingDeskRules
{
    /// <summary>The window's A or B clerk, or a director of its point; anyone else is refused (403).</summary>
    public static void EnsureMayPair(Actor actor, ServicePointProfile point, WindowDefinition window)
    {
        var may = actor.PointCode == point.Code.Value && actor.Role switch
        {
            ActorRole.WindowClerk => window.IsStaffedBy(actor.Id),
            ActorRole.CenterDirector => point.IsDirector(actor.Id),
            _ => false,
        };
        if (!may)
        {
            throw DomainException.Forbidden("windowId", "auth.jurisdiction", $"Only the A or B clerk of window '{window.Id}' or a director of {point.Name} can pair its rating device; {actor} cannot.");
        }
    }

    /// <summary>The stored form of a device secret: its SHA-256, hex.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Refuses a device whose secret is not the one paired last (403 <c>ratingDevice.notPaired</c>), compared in constant time.</summary>
    public static void EnsureDevice(string? storedHash, string? token)
    {
        var fits = storedHash is not null
            && !string.IsNullOrEmpty(token)
            && token.Length <= 128
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));
        if (!fits)
        {
            throw DomainException.Forbidden("deviceToken", "ratingDevice.notPaired", "This rating device is not paired with the window (or was replaced by another); ask the window's clerk to pair it again.");
        }
    }

    /// <summary>The occasion on offer at <paramref name="now"/>, or null when there is none or it is older than <paramref name="lifetime"/>.</summary>
    public static RatingOccasion? Current(RatingOccasion? offer, DateTimeOffset now, TimeSpan lifetime) =>
        offer is not null && now - offer.ServedAt <= lifetime ? offer : null;

    /// <summary>The occasion the device rates: the one on offer now and named by <paramref name="offerId"/>; otherwise 409 <c>rating.noOccasion</c>.</summary>
    public static RatingOccasion EnsureOffer(RatingOccasion? offer, string? currentOfferId, string? offerId, DateTimeOffset now, TimeSpan lifetime)
    {
        if (Current(offer, now, lifetime) is not { } current || currentOfferId is null || offerId is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(currentOfferId), Encoding.ASCII.GetBytes(offerId)))
        {
            throw DomainException.Conflict("rating.noOccasion", "There is nothing to rate at this window now: the occasion was already rated, has expired, or another citizen has been served since.", "offerId");
        }

        return current;
    }
}
