namespace Network.Grains.Storage;

/// <summary>How grain-state reads are batched (section <c>Network:StateReads</c>).</summary>
public sealed class GrainStateReadOptions
{
    /// <summary>Queries in flight at once (connections), each reading one batch.</summary>
    public int Readers { get; set; } = 2;

    /// <summary>The most states one query reads.</summary>
    public int MaxBatch { get; set; } = 256;
}
