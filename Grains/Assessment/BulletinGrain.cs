using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Assessment.Rules;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Assessment;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Assessment;

/// <summary>
/// A city's monthly 通报 (key <c>{city}/{yyyy-MM}</c>): publishing reads the month's assessment of
/// the whole city once and records it as it is (a case of kind <c>bulletin</c>, one ledger row);
/// from then on it answers what was recorded, whatever arrives later. Publishing again answers the
/// same 通报 and records nothing.
/// </summary>
public sealed class BulletinGrain(
    BulletinRepository repository,
    AssessmentReader reader,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IBulletinGrain
{
    private BulletinState? _state;

    private string Key => this.GetPrimaryKeyString();

    public async Task<Bulletin> Publish(Actor actor)
    {
        var (city, month) = AssessmentRules.ParseBulletinKey(Key);
        var profile = await GrainFactory.Reference<IServicePointGrain>(city).GetProfile();
        AssessmentRules.EnsurePublisher(actor, city, profile);
        if (await LoadAsync() is { } published)
        {
            return published.ToView();
        }

        var today = ChinaTime.Today(time);
        var (first, last) = AssessmentRules.Month(month, today);
        if (last >= today)
        {
            throw DomainException.Conflict("bulletin.monthNotOver", $"The 通报 of {month} is published once the month is over.", "month");
        }

        var entries = await reader.ReadCityAsync(GrainFactory, city, first, last);
        var state = new BulletinState
        {
            Number = AssessmentRules.BulletinNumber(city, month),
            CityCode = city,
            CityName = profile?.Name ?? city,
            Month = month,
            PublishedAt = ChinaTime.Now(time),
            PublishedBy = actor.Id,
            PublishedByName = profile?.Directors.FirstOrDefault(d => d.Id == actor.Id)?.Name,
            Points = entries.Where(e => e.Unit.Kind == AssessmentUnitKind.Point).ToArray(),
            Windows = entries.Where(e => e.Unit.Kind == AssessmentUnitKind.Window).ToArray(),
            Clerks = entries.Where(e => e.Unit.Kind == AssessmentUnitKind.Clerk).ToArray(),
            Weights = reader.Formula.Options.Weights,
        };
        try
        {
            await repository.CommitAsync(Key, state, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            // Published meanwhile by someone else (another activation during a failover): that one stands.
            _state = null;
            return (await LoadAsync() ?? throw DomainException.Conflict("bulletin.concurrentChange", $"The 通报 {Key} was being published; read it again.")).ToView();
        }

        _state = state;
        return state.ToView();
    }

    public async Task<Bulletin> Get(Actor actor)
    {
        var (city, _) = AssessmentRules.ParseBulletinKey(Key);
        AssessmentRules.EnsureBulletinReader(actor, city);
        return (await LoadAsync())?.ToView()
            ?? throw DomainException.NotFound("month", "bulletin.notPublished", $"The 通报 {Key} has not been published.");
    }

    private async Task<BulletinState?> LoadAsync() => _state ??= await repository.LoadAsync(Key);
}
