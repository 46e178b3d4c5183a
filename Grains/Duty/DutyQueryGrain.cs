using Network.Grains.Duty.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Duty;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Orleans.Concurrency;

namespace Network.Grains.Duty;

/// <summary>Lists recorded duty straight from the store; it holds no state of its own.</summary>
[StatelessWorker]
public sealed class DutyQueryGrain(IVacantPostQueries queries) : Grain, IDutyQueryGrain
{
    /// <summary>The longest span one list covers (a year and a day).</summary>
    public const int MaxDays = 366;

    public Task<IReadOnlyList<VacantPostRecord>> ListVacantPosts(Actor actor, string pointCode, DateOnly from, DateOnly to)
    {
        DutyPolicy.EnsureNotSystem(actor);
        var point = DivisionCode.Parse(pointCode, "pointCode");
        if (DutyPolicy.CanRead(point.Value, actor) is { } refusal)
        {
            throw refusal;
        }

        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw DomainException.Invalid("to", "range.invalid", $"'to' is on or after 'from', at most {MaxDays} days later.");
        }

        return queries.ListAsync(point.Value, from, to);
    }
}
