using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// Loads a <see cref="NetworkFile"/> into the cluster through ordinary grain calls: points tier by
/// tier from the top (a point needs its parent), then each point's catalog; the cities' master
/// catalogs first, since the points' lists select from them. Idempotent, so the
/// run command can load the demo network on every start.
/// </summary>
public static class NetworkLoader
{
    public static async Task<int> LoadAsync(
        IGrainFactory grains,
        NetworkFile file,
        IProgress<(int Done, int Total)>? progress = null,
        int parallelism = 16,
        CancellationToken cancellationToken = default)
    {
        var points = file.Points ?? [];
        foreach (var p in points)
        {
            var code = DivisionCode.Parse(p.Code, $"points[{p.Code}].code");
            if (code.Tier != p.Tier)
            {
                throw DomainException.Invalid($"points[{p.Code}].tier", "point.tier", $"{p.Code} is a {code.Tier} code, but the file says {p.Tier}.");
            }
        }

        foreach (var master in file.MasterCatalogs ?? [])
        {
            await grains.Reference<IMasterCatalogGrain>(master.CityCode).Publish(master.Items ?? []);
        }

        var done = 0;
        foreach (var tier in new[] { Tier.City, Tier.Township, Tier.Village })
        {
            await Parallel.ForEachAsync(
                points.Where(p => p.Tier == tier),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (p, _) =>
                {
                    await grains.Reference<IServicePointGrain>(p.Code).Define(p.Definition());
                    await grains.Reference<ICatalogGrain>(p.Code).Publish(p.Items ?? []);
                    progress?.Report((Interlocked.Increment(ref done), points.Count));
                });
        }

        return points.Count;
    }
}
