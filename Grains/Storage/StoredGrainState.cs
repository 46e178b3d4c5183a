namespace Network.Grains.Storage;

/// <summary>One grain state row as read: its payload (null when cleared) and version; <see cref="None"/> when there is no row.</summary>
public sealed record StoredGrainState(byte[]? Payload, int? Version)
{
    public static readonly StoredGrainState None = new(null, null);

    public bool Exists => !ReferenceEquals(this, None);
}
