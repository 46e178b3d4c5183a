using System.Collections.Concurrent;
using Network.Grains.Interfaces.OnlineFiling;

namespace Network.Grains.OnlineFiling.Files;

/// <summary>The files of online applications in memory (the loud fallback without a database, and fast tests).</summary>
public sealed class InMemoryApplicationFileStore : IApplicationFileStore
{
    private readonly ConcurrentDictionary<(string, string), byte[]> _files = new();

    public int Count => _files.Count;

    public Task SaveAsync(string applicationNumber, ApplicationFile file, byte[] content, CancellationToken cancellationToken = default)
    {
        _files.TryAdd((applicationNumber, file.Id), content.ToArray());
        return Task.CompletedTask;
    }

    public Task<byte[]?> ReadAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.TryGetValue((applicationNumber, fileId), out var content) ? content.ToArray() : null);

    public Task DeleteAsync(string applicationNumber, string fileId, CancellationToken cancellationToken = default)
    {
        _files.TryRemove((applicationNumber, fileId), out _);
        return Task.CompletedTask;
    }

    /// <summary>None: in memory the bytes die with the silo that could have left them behind, and a failed commit's file is removed at once.</summary>
    public Task<int> PurgeOrphansAsync(DateTimeOffset storedBefore, int batchSize, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
