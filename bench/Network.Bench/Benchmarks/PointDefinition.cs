namespace Network.Bench.Benchmarks;

/// <summary>How P4 through PostgreSQL puts the network into grain storage before a fresh silo activates it.</summary>
public enum PointDefinition
{
    /// <summary>Through the grains: <c>Define</c> on every point (which registers it with its parent) and <c>Publish</c> on its catalog.</summary>
    GrainCalls,

    /// <summary>
    /// Straight into grain storage (<see cref="Loading.BulkPointDefiner"/>): each point's state written
    /// once through the silo's ADO.NET grain storage provider; no catalogs (activating a point reads none).
    /// </summary>
    Bulk,
}
