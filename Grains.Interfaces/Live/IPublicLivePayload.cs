namespace Network.Grains.Interfaces.Live;

/// <summary>
/// A live payload fit for anyone (a hall display, a public page, no sign-in): it carries no receipt
/// number, no clerk id and no personal data — counts, window states, item names. Only such payloads
/// may be addressed to a public group (<see cref="LiveGroups.Public"/>); the gateway drops any other.
/// </summary>
public interface IPublicLivePayload
{
}
