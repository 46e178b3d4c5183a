namespace Network.Bench.Generation;

/// <summary>The eight public fields (八公开) of an item the generator can publish; the point adds window, kind and deciding tier.</summary>
public sealed record ItemTemplate(
    string Id,
    string Name,
    string Conditions,
    string LegalBasis,
    string Procedure,
    IReadOnlyList<string> RequiredMaterials,
    int TimeLimitWorkingDays,
    string Result,
    string Fee);
