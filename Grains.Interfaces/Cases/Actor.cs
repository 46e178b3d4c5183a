using Network.Grains.Interfaces.Network;

namespace Network.Grains.Interfaces.Cases;

/// <summary>
/// Who asks: built by the gateway from the signed-in account, never from a request body. A grain
/// checks it against what it knows (which clerks staff which windows, who directs a point, who is
/// a proxy agent of a village) before any read or change, so a forged or mistaken actor is
/// refused by the grain itself.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] string Id,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] string PointCode)
{
    /// <summary>The window the clerk sits at, when the screen names one; null means any of theirs.</summary>
    [Id(3)]
    public string? WindowId { get; init; }

    /// <summary>Electronic supervision (电子监察) and other work the network does by itself.</summary>
    public static Actor Supervision { get; } = new("supervision", ActorRole.System, string.Empty);

    /// <summary>The city (6-digit code) of the actor's point.</summary>
    public string CityCode => PointCode.Length >= 6 ? PointCode[..6] : PointCode;

    /// <summary>
    /// Whether the actor's jurisdiction reaches <paramref name="pointCode"/>: clerks and proxy agents
    /// their own point, directors and supervisors their point and every point below, the city monitor the whole city.
    /// The scope of lists and of live feeds, and of reading any case.
    /// </summary>
    public bool Reaches(string pointCode) => Role switch
    {
        ActorRole.WindowClerk or ActorRole.ProxyAgent => pointCode == PointCode,
        ActorRole.CenterDirector or ActorRole.Supervisor => DivisionCode.IsWithin(pointCode, PointCode),
        ActorRole.CityMonitor => DivisionCode.IsWithin(pointCode, CityCode),
        ActorRole.System => true,
        _ => false,
    };

    public override string ToString() => $"{Role} {Id} of {PointCode}";
}
