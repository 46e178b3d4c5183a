using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;
using Network.Grains.Oversight;
using Orleans.Concurrency;

namespace Network.Grains.Assessment;

/// <summary>
/// Assessments, candidates and the public quarterly page, read from the rollups and the deductions'
/// read side (<see cref="AssessmentReader"/>); it holds no state of its own. Rules: <see cref="AssessmentRules"/>.
/// </summary>
[StatelessWorker]
public sealed class AssessmentQueryGrain(
    AssessmentReader reader,
    IAssessmentFigureSource figures,
    IOversightQueries cases,
    BulletinRepository bulletins,
    IOptions<ServiceIndexOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IAssessmentQueryGrain
{
    private const int MaxBulletins = 240;

    public async Task<AssessmentMonth> GetMonth(Actor actor, string pointCode, string month)
    {
        var point = AssessmentRules.EnsureReader(actor, pointCode);
        var today = ChinaTime.Today(time);
        var (first, last) = AssessmentRules.Month(month, today);
        var city = point.Value[..6];
        var entries = AssessmentBook.Within(await reader.ReadCityAsync(GrainFactory, city, first, last), point.Value).ToArray();
        var published = await bulletins.LoadAsync($"{city}/{month}");
        var name = (await GrainFactory.Reference<IServicePointGrain>(point.Value).GetProfile())?.Name ?? point.Value;
        return new AssessmentMonth(
            point.Value,
            name,
            month!,
            Of(entries, AssessmentUnitKind.Point),
            Of(entries, AssessmentUnitKind.Window),
            Of(entries, AssessmentUnitKind.Clerk),
            options.Value.Weights,
            ChinaTime.Now(time))
        {
            IsComplete = last < today,
            BulletinNumber = published?.Number,
        };
    }

    public async Task<AwardCandidates> GetCandidates(Actor actor, string pointCode, int year, int quarter)
    {
        var point = AssessmentRules.EnsureReader(actor, pointCode);
        var (first, last) = AssessmentRules.Quarter(year, quarter, ChinaTime.Today(time));
        var entries = AssessmentBook.Within(await reader.ReadCityAsync(GrainFactory, point.Value[..6], first, last), point.Value).ToArray();
        var windows = AwardCandidateRules.Select(entries, AssessmentUnitKind.Window, options.Value);
        var clerks = AwardCandidateRules.Select(entries, AssessmentUnitKind.Clerk, options.Value);
        var name = (await GrainFactory.Reference<IServicePointGrain>(point.Value).GetProfile())?.Name ?? point.Value;
        return new AwardCandidates(point.Value, name, year, quarter, options.Value.Candidates, windows.Candidates, clerks.Candidates, [.. windows.PassedOver, .. clerks.PassedOver], options.Value.Weights);
    }

    public async Task<QuarterlyPublication> GetPublication(string pointCode, int year, int quarter)
    {
        var point = DivisionCode.Parse(pointCode, "pointCode");
        var today = ChinaTime.Today(time);
        var (first, last) = AssessmentRules.Quarter(year, quarter, today);
        var profile = await GrainFactory.Reference<IServicePointGrain>(point.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var until = last < today ? last : today;
        var catalog = await GrainFactory.Reference<ICatalogGrain>(point.Value).List();
        var (items, total) = PublicationRules.Lines(await figures.ReadItemsAsync(point.Value, first, until), catalog.Select(i => (i.Id, i.Name)).ToArray());
        return new QuarterlyPublication(point.Value, profile.Name, year, quarter, first, until, items, total, last < today, profile.SupervisionPhone);
    }

    public async Task<IReadOnlyList<BulletinSummary>> ListBulletins(Actor actor, string cityCode)
    {
        var city = DivisionCode.Parse(cityCode, "cityCode");
        if (city.Tier != Tier.City)
        {
            throw DomainException.Invalid("cityCode", "cityCode.invalid", "A 通报 belongs to a city (6 digits).");
        }

        AssessmentRules.EnsureBulletinReader(actor, city.Value);
        var states = await cases.ListStatesAsync(BulletinRepository.CaseKind, new OversightFilter(PointCode: city.Value, Limit: MaxBulletins));
        return states.Select(bulletins.Deserialize).Select(b => b.ToSummary()).OrderByDescending(b => b.Month, StringComparer.Ordinal).ToArray();
    }

    private static AssessmentEntry[] Of(IEnumerable<AssessmentEntry> entries, AssessmentUnitKind kind) => entries.Where(e => e.Unit.Kind == kind).ToArray();
}
