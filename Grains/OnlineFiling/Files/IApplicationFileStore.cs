using Network.Grains.Interfaces.OnlineFiling;

namespace Network.Grains.OnlineFiling.Files;

/// <summary>
/// Where the bytes of online applications' files are kept: in PostgreSQL (<c>online_application_file</c>,
/// see docs/online-filing-seals-open311.md for why not a folder), never under the web root, never
/// executed, read only through the application's grain, which decides who may have them.
/// </summary>
public interface IApplicationFileStore
{
    /// <summary>Stores a file's bytes (storing the same file again changes nothing).</summary>
    Task SaveAsync(string applicationNumber, ApplicationFile file, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The bytes of a file, or null when there is no such file.</summary>
    Task<byte[]?> ReadAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default);

    /// <summary>Removes a file whose case commit failed (so no bytes stay without their record).</summary>
    Task DeleteAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes up to <paramref name="batchSize"/> files stored before <paramref name="storedBefore"/>
    /// that no application's state lists: bytes left behind when a silo died between storing them and
    /// the commit that would have recorded them (or before removing them after that commit failed).
    /// Returns how many were removed.
    /// </summary>
    Task<int> PurgeOrphansAsync(DateTimeOffset storedBefore, int batchSize, CancellationToken cancellationToken = default);
}
