using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Grains.Complaints;
using Network.Grains.Supervision;

namespace Network.Grains.Oversight;

/// <summary>
/// The hourly sweep of a point's complaints, supervision orders, petitions and proxy errands' call-backs (see <see cref="IOversightSweepGrain"/>):
/// an indexed query for the cases whose next check has come, then a one-by-one check of each.
/// </summary>
public sealed class OversightSweepGrain(
    IOversightQueries queries,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider clock,
    TimeProvider runtimeTime,
    ILogger<OversightSweepGrain> logger) : Grain, IOversightSweepGrain, IRemindable
{
    private const string Reminder = "oversight-sweep";
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);
    private bool _registered;

    public async Task Ensure()
    {
        if (_registered)
        {
            return;
        }

        _registered = true;
        try
        {
            var now = runtimeTime.GetUtcNow();
            var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
            await this.RegisterOrUpdateReminder(Reminder, nextHour - now, Period);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _registered = false;
            logger.LogWarning(e, "Could not register the oversight sweep of {Point}; the next change tries again", this.GetPrimaryKeyString());
        }
    }

    public async Task<int> Sweep()
    {
        var point = this.GetPrimaryKeyString();
        var today = ChinaTime.Today(clock);
        var checkedCount = 0;
        foreach (var id in await queries.FindDueForCheckAsync(ComplaintRepository.CaseKind, point, today))
        {
            await GrainFactory.GetGrain<IComplaintUpkeepGrain>(id).CheckDeadlines();
            checkedCount++;
        }

        foreach (var id in await queries.FindDueForCheckAsync(SupervisionOrderRepository.CaseKind, point, today))
        {
            await GrainFactory.GetGrain<ISupervisionOrderUpkeepGrain>(id).CheckDeadlines();
            checkedCount++;
        }

        foreach (var id in await queries.FindDueForCheckAsync(OnlineFiling.OnlineApplicationRepository.CaseKind, point, today))
        {
            await GrainFactory.GetGrain<OnlineFiling.IOnlineApplicationUpkeepGrain>(id).CheckDeadlines();
            checkedCount++;
        }

        foreach (var id in await queries.FindDueForCheckAsync(Petitions.PetitionRepository.CaseKind, point, today))
        {
            await GrainFactory.GetGrain<Petitions.IPetitionUpkeepGrain>(id).CheckDeadlines();
            checkedCount++;
        }

        foreach (var id in await queries.FindDueForCheckAsync(ProxyErrands.ProxyErrandRepository.CaseKind, point, today))
        {
            await GrainFactory.GetGrain<ProxyErrands.IProxyErrandUpkeepGrain>(id).CheckDeadlines();
            checkedCount++;
        }

        return checkedCount;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Sweep();
}
