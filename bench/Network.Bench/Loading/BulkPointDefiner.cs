using Microsoft.Extensions.DependencyInjection;
using Network.Bench.Measuring;
using Network.Grains;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Orleans.Storage;

namespace Network.Bench.Loading;

/// <summary>
/// Defines a network's service points straight into grain storage, without activating them: for
/// each point the <see cref="ServicePointState"/> that <c>Define</c> and the children's
/// <c>RegisterChild</c> calls would leave (the definition checked by
/// <see cref="ServicePointGrain.Check"/>, the children in the order given), written once through
/// the silo's own configured <see cref="IGrainStorage"/> (on PostgreSQL the ADO.NET provider:
/// the same row, key columns, serializer and payload as a grain's write). One write per point
/// instead of a grain call per point plus a state write per child on its parent, and no parent is
/// a queue for its children: the country's 643k points in minutes, not most of an hour.
/// Meant for a fresh store: a point that already has a row is refused by the provider's version check.
/// </summary>
public static class BulkPointDefiner
{
    /// <param name="silo">The services of a started silo (its grain storage and grain factory).</param>
    /// <param name="points">The points, in any order.</param>
    /// <param name="codes">Every point's code, in the order the children should be listed (read first, so the points may stream).</param>
    public static async Task<int> DefineAsync(
        IServiceProvider silo,
        IEnumerable<NetworkFile.Point> points,
        IEnumerable<string> codes,
        long total,
        string label = "define points in grain storage",
        int parallelism = 64,
        CancellationToken cancellationToken = default)
    {
        var storage = silo.GetRequiredKeyedService<IGrainStorage>(StorageNames.Network);
        var grains = silo.GetRequiredService<IGrainFactory>();
        var children = ChildrenOf(codes);
        using var progress = new ConsoleProgress(label, total);
        var defined = 0;
        await Parallel.ForEachAsync(
            points,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (point, _) =>
            {
                var code = DivisionCode.Parse(point.Code, $"points[{point.Code}].code");
                if (code.Tier != point.Tier)
                {
                    throw DomainException.Invalid($"points[{point.Code}].tier", "point.tier", $"{point.Code} is a {code.Tier} code, but the point says {point.Tier}.");
                }

                if (!children.TryGetValue(code.Value, out var below))
                {
                    throw new ArgumentException($"Point {code} is not among the codes.", nameof(codes));
                }

                var state = new ServicePointState { Definition = ServicePointGrain.Check(point.Definition()), Children = below };
                var grainId = grains.Reference<IServicePointGrain>(code.Value).GetGrainId();
                await storage.WriteStateAsync(ServicePointGrain.StateName, grainId, new GrainState<ServicePointState>(state));
                Interlocked.Increment(ref defined);
                progress.Advance();
            });
        return defined;
    }

    /// <summary>
    /// Every code's children in the order of <paramref name="codes"/>; every code is a key, a leaf
    /// with an empty list. Codes come from the top down, as a loader needs them: a parent before its children.
    /// </summary>
    private static Dictionary<string, List<DivisionCode>> ChildrenOf(IEnumerable<string> codes)
    {
        var children = new Dictionary<string, List<DivisionCode>>(StringComparer.Ordinal);
        foreach (var text in codes)
        {
            var code = DivisionCode.Parse(text, $"points[{text}].code");
            if (code.Parent is { } parent)
            {
                if (!children.TryGetValue(parent.Value, out var siblings))
                {
                    throw DomainException.NotFound("code", "parent.undefined", $"The parent point {parent} of {code} is not among the points before it.");
                }

                siblings.Add(code);
            }

            children.TryAdd(code.Value, []);
        }

        return children;
    }
}
