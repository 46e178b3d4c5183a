using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Queries.Search;

namespace Network.Grains.Assessment;

/// <summary>
/// Reads a city's period for the assessment: the rollups' figures and the deductions, both
/// aggregated in the store, summed per unit, then scored and ranked (<see cref="AssessmentBook"/>)
/// with names from the points' definitions. Shared by the query grain and the 通报 grain.
/// </summary>
public sealed class AssessmentReader(IAssessmentFigureSource figures, IDeductionQueries deductions, ServiceIndexFormula formula)
{
    public ServiceIndexFormula Formula => formula;

    public async Task<IReadOnlyList<AssessmentEntry>> ReadCityAsync(IGrainFactory grains, string cityCode, DateOnly from, DateOnly to)
    {
        var units = figures.ReadUnitsAsync(cityCode, from, to);
        var deducted = deductions.CountAsync(cityCode, from, to);
        var sums = AssessmentBook.Sum((await units).Concat((await deducted).SelectMany(d => d.Units())));
        var names = await ClerkNames.ReadAsync(grains, sums.Keys.Select(u => u.PointCode));
        return AssessmentBook.Build(sums, formula, names);
    }
}
