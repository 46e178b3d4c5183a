namespace Network.Grains.Interfaces.Live;

/// <summary>The kinds of live message, as the browser receives them in <c>{ kind, payload }</c>.</summary>
public static class LiveKinds
{
    /// <summary>A matter changed (payload <see cref="MatterChanged"/>).</summary>
    public const string Matter = "matter";

    /// <summary>A point's or subtree's load changed (payload <see cref="PointLoad"/>).</summary>
    public const string Load = "load";

    /// <summary>A point's hall picture changed (payload <see cref="Network.HallView"/>).</summary>
    public const string Hall = "hall";

    /// <summary>A point's queue changed: a ticket taken, called, served (payload <see cref="Queue.QueueBoard"/>).</summary>
    public const string Queue = "queue";
}
