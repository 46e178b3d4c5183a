using Network.Bench.Benchmarks;
using Network.Bench.Http;

namespace Network.Bench.Tests;

/// <summary>The HTTP part's realistic mix: its shares, and every kind early (the smoke run takes in only a few matters).</summary>
public sealed class HttpMixTests
{
    [Fact]
    public void Every_hundred_matters_of_the_HTTP_mix_hold_each_kind_at_its_realistic_percentage()
    {
        var counts = Enumerable.Range(0, 100).Select(n => HttpMix.Pick(n)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

        foreach (var (kind, percent) in HttpMix.Realistic)
        {
            Assert.Equal(percent, counts.GetValueOrDefault(kind));
        }

        Assert.Equal(HttpMix.Realistic.Count, counts.Count);
    }

    [Fact]
    public void The_first_six_matters_of_the_HTTP_mix_are_one_of_each_kind()
    {
        var first = Enumerable.Range(0, 6).Select(n => HttpMix.Pick(n)).ToHashSet();

        Assert.Equal(HttpMix.Realistic.Select(r => r.Kind).ToHashSet(), first);
    }
}
