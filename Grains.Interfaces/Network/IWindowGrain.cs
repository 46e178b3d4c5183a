using Network.Grains.Interfaces.Cases;
using Orleans.Concurrency;

namespace Network.Grains.Interfaces.Network;

/// <summary>
/// A window's duty roster (AB岗), keyed <c>{point code}/{window id}</c>. When the A clerk is
/// marked away, every open matter the A clerk handles moves to B, and new ones go to B, until A
/// is back.
/// </summary>
public interface IWindowGrain : IGrainWithStringKey
{
    /// <summary>
    /// Marks the window's A clerk away or back. The actor must be A or B of the window, or a
    /// director of its point. Returns the matters moved to the clerk on duty.
    /// </summary>
    Task<WindowSwitchResult> SetPrimaryAway(Actor actor, bool away);

    /// <summary>
    /// The clerk on duty. Interleaves with a switch-over in progress, because the matters that a
    /// switch-over moves may ask the window who is on duty (no call cycle can block).
    /// </summary>
    [AlwaysInterleave]
    Task<WindowDuty> GetDuty();

    /// <summary>
    /// The clerk on duty, for a caller that already holds the window's definition from its point's
    /// profile (a matter's intake): <see cref="GetDuty"/> without asking the point for it again.
    /// Interleaves as <see cref="GetDuty"/> does.
    /// </summary>
    [AlwaysInterleave]
    Task<WindowDuty> GetDutyFor(WindowDefinition window);
}

/// <summary>The outcome of an A/B switch: who is on duty now and which matters were moved.</summary>
[GenerateSerializer, Immutable]
public sealed record WindowSwitchResult(
    [property: Id(0)] WindowDuty Duty,
    [property: Id(1)] IReadOnlyList<string> MovedMatters);
