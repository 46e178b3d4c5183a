using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;
using Network.Grains.Seals.Rules;

namespace Network.Grains.Seals;

/// <summary>The seal register of a point, read from the store: every seal in use or retired, by number.</summary>
[StatelessWorker]
public sealed class SealRegisterGrain(
    IOversightQueries queries,
    SealRepository repository,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ISealRegisterGrain
{
    public async Task<IReadOnlyList<SealView>> List(Actor actor, string pointCode) => (await Get(actor, pointCode)).Seals;

    public async Task<SealRegisterView> Get(Actor actor, string pointCode)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        var point = Interfaces.Network.DivisionCode.Parse(pointCode, "pointCode").Value;
        var context = new OversightContext(
            ChinaTime.Now(time), calendar.Current, await OversightProfiles.ReadAsync(GrainFactory, [point, actor.PointCode]));
        var probe = new SealState
        {
            Number = point, PointCode = point, PointName = context.Point(point)?.Name ?? point, SerialNumber = "-", Name = string.Empty, Scope = string.Empty,
            CustodianId = string.Empty, CustodianName = string.Empty, Status = SealStatus.InUse, IssuedAt = default, IntakeFingerprint = string.Empty,
        };
        if (!SealPolicy.CanRead(probe, actor))
        {
            throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"{point} is outside the jurisdiction of {actor}.");
        }

        var seals = (await queries.ListStatesAsync(SealRepository.CaseKind, new OversightFilter(PointCode: point, Limit: 500)))
            .Select(repository.Deserialize)
            .OrderBy(s => s.SerialNumber, StringComparer.Ordinal)
            .Select(s => SealGrain.ViewFor(s, actor, context))
            .ToArray();
        SealAction[] allowed = SealPolicy.Check(probe, actor, SealAction.Issue, context) is null ? [SealAction.Issue] : [];
        var names = new[] { point, actor.PointCode }
            .Select(context.Point).OfType<Interfaces.Network.ServicePointProfile>()
            .SelectMany(OversightPolicy.Staff)
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        return new SealRegisterView(point, probe.PointName, seals, allowed) { StaffNames = names };
    }
}
