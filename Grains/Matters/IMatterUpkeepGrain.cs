using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters;

/// <summary>
/// What the network itself asks of a matter (the same grain as <see cref="IMatterGrain"/>): the
/// A/B switch-over and the deadline sweep. Internal to the silos: gateways cannot call it.
/// </summary>
public interface IMatterUpkeepGrain : IGrainWithStringKey
{
    /// <summary>Gives the matter to the window's clerk on duty (A/B switch-over); idempotent.</summary>
    Task AssignHandler(string windowId, string clerkId);

    /// <summary>
    /// Raises the yellow or red flags that are due by now and recomputes a provisional deadline
    /// when its year's schedule has arrived; the point's sweep calls it. Null for an unknown matter.
    /// </summary>
    Task<MatterView?> CheckDeadlines();
}
