using Network.Bench.Measuring;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;

namespace Network.Bench.Loading;

/// <summary>
/// Loads points of any number into a cluster with a progress line, by handing
/// <see cref="NetworkLoader"/> one chunk of same-tier points at a time: the points stream from the
/// generator (a country need not fit in memory) and a tier starts only when the tier above has
/// finished, as <see cref="NetworkLoader"/> requires.
/// </summary>
public static class ProgressNetworkLoader
{
    private const int ChunkSize = 4096;

    public static async Task<int> LoadAsync(
        IGrainFactory grains,
        IEnumerable<NetworkFile.Point> points,
        long total,
        string label = "load",
        int parallelism = 64,
        CancellationToken cancellationToken = default)
    {
        using var progress = new ConsoleProgress(label, total);
        var chunk = new List<NetworkFile.Point>(ChunkSize);
        Tier? tier = null;
        var loaded = 0;
        foreach (var point in points)
        {
            if (tier is { } current && point.Tier > current)
            {
                throw new InvalidOperationException($"Point {point.Code} ({point.Tier}) comes after a {current}: points must come tier by tier from the top.");
            }

            if ((tier != point.Tier && chunk.Count > 0) || chunk.Count == ChunkSize)
            {
                loaded += await LoadChunkAsync(grains, chunk, progress, parallelism, cancellationToken);
                chunk.Clear();
            }

            tier = point.Tier;
            chunk.Add(point);
        }

        if (chunk.Count > 0)
        {
            loaded += await LoadChunkAsync(grains, chunk, progress, parallelism, cancellationToken);
        }

        return loaded;
    }

    private static async Task<int> LoadChunkAsync(IGrainFactory grains, List<NetworkFile.Point> chunk, ConsoleProgress progress, int parallelism, CancellationToken cancellationToken)
    {
        var before = progress.Done;
        var adapter = new Progress(done => progress.Set(before + done));
        return await NetworkLoader.LoadAsync(grains, new NetworkFile(AcrossParents(chunk)), adapter, parallelism, cancellationToken);
    }

    /// <summary>
    /// The chunk's points taken one per parent in turn: each point registers with its parent, which
    /// writes one registration after another, so points defined together should have different
    /// parents (a township's 15 villages side by side would wait on it in a queue).
    /// </summary>
    private static NetworkFile.Point[] AcrossParents(List<NetworkFile.Point> chunk) =>
        chunk.Select((p, i) => (Point: p, Parent: p.Code.Length > 6 ? p.Code[..^3] : string.Empty, Index: i))
            .GroupBy(x => x.Parent)
            .SelectMany(g => g.Select((x, rank) => (x.Point, Rank: rank, x.Index)))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Index)
            .Select(x => x.Point)
            .ToArray();

    /// <summary>Reports synchronously (not on a captured context), so the line is always current.</summary>
    private sealed class Progress(Action<int> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value.Done);
    }
}
