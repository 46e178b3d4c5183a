using Network.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Calendar;
using Network.Grains.Live;
using Network.Grains.Queries;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Network;

/// <summary>
/// A service point of any tier. Its identity is its division code, so the tree is implicit in
/// the keys: a point finds its parent by cutting its own code, with no lookup.
/// </summary>
public sealed partial class ServicePointGrain(
    [PersistentState(ServicePointGrain.StateName, StorageNames.Network)] IPersistentState<ServicePointState> state,
    IMatterQueries matters,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider clock,
    TimeProvider runtimeTime,
    IOptions<LiveStatusOptions> liveOptions,
    ServicePointProfileCache profiles,
    ILogger<ServicePointGrain> logger) : Grain, IServicePointGrain, IPointUpkeepGrain, IRemindable
{
    /// <summary>The name under which a point's <see cref="ServicePointState"/> is filed in grain storage.</summary>
    public const string StateName = "point";

    private const int MaxFlagsKept = 500;

    private DivisionCode? _code;

    private DivisionCode Code => _code ??= DivisionCode.Parse(this.GetPrimaryKeyString());

    public async Task<ServicePointProfile> Define(ServicePointDefinition definition)
    {
        var code = Code;
        var checkedDefinition = Check(definition);
        if (code.Parent is { } parent)
        {
            // Register with the parent before writing our own state: the parent refuses when it
            // does not exist, and a retry after a failure in between is harmless (idempotent).
            await GrainFactory.Reference<IPointUpkeepGrain>(parent.Value).RegisterChild(code);
        }

        if (state.State.Definition is { } current && SameDefinition(current, checkedDefinition))
        {
            return Profile(current);
        }

        state.State.Definition = checkedDefinition;
        await state.WriteStateAsync();
        _hall = null; // the windows may have changed: the hall picture is rebuilt when next asked for
        logger.LogInformation("Service point {Code} ({Name}) defined with {Windows} windows", code, checkedDefinition.Name, checkedDefinition.Windows.Count);
        return Profile(checkedDefinition);
    }

    public Task<ServicePointProfile?> GetProfile() =>
        Task.FromResult(state.State.Packed is { } packed
            ? profiles.GetOrUnpack(Code.Value, packed, state.State.Children.Count, () => Profile(state.State.Definition!))
            : null);

    public async Task RegisterChild(DivisionCode child)
    {
        if (!state.State.IsDefined)
        {
            throw DomainException.NotFound("code", "parent.undefined", $"The parent point {Code} of {child} is not defined yet; define it first.");
        }

        if (child.Parent != Code)
        {
            throw DomainException.Invalid("code", "child.notBelow", $"{child} is not directly below {Code}.");
        }

        if (!state.State.Children.Contains(child))
        {
            state.State.Children.Add(child);
            await state.WriteStateAsync();
        }
    }

    public async Task ReceiveFlag(DeadlineFlag flag)
    {
        var own = flag.PointCode == this.GetPrimaryKeyString();
        var list = own ? state.State.OwnFlags : state.State.SupervisedFlags;
        if (list.Contains(flag))
        {
            return;
        }

        list.Add(flag);
        if (list.Count > MaxFlagsKept)
        {
            list.RemoveRange(0, list.Count - MaxFlagsKept);
        }

        await state.WriteStateAsync();
        logger.LogWarning(
            "{Level} flag on matter {Receipt} ({Item}) of {Point}{Part}: due {Due:yyyy-MM-dd}",
            flag.Level, flag.ReceiptNumber, flag.ItemName, flag.PointCode, flag.PartWindowId is null ? string.Empty : $" window {flag.PartWindowId}", flag.DueDate);
    }

    public Task<PointFlags> GetFlags() => Task.FromResult(new PointFlags(
        state.State.OwnFlags.AsEnumerable().Reverse().ToArray(),
        state.State.SupervisedFlags.AsEnumerable().Reverse().ToArray()));

    private ServicePointProfile Profile(ServicePointDefinition d) =>
        new(Code, d.Name, d.Windows, d.ProxyAgents, state.State.Children.ToArray())
        {
            Directors = d.Directors,
            Supervisors = d.Supervisors,
            SupervisionPhone = d.SupervisionPhone,
        };

    /// <summary>
    /// A definition as <see cref="Define"/> stores it: checked and normalised, or refused. Public so
    /// that a bulk definition straight into grain storage (the bench's) stores exactly the same.
    /// </summary>
    public static ServicePointDefinition Check(ServicePointDefinition? definition)
    {
        if (definition is null)
        {
            throw DomainException.Invalid("definition", "definition.required", "A service point definition is required.");
        }

        var name = Require.Text(definition.Name, "name", 100);
        var windows = new List<WindowDefinition>();
        var windowIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (definition.Windows?.Count ?? 0); i++)
        {
            var w = definition.Windows![i];
            var field = $"windows[{i}]";
            var id = Require.Slug(w?.Id, $"{field}.id");
            if (!windowIds.Add(id))
            {
                throw DomainException.Invalid($"{field}.id", "window.duplicate", $"Window id '{id}' appears twice.");
            }

            var a = CheckClerk(w!.ClerkA, $"{field}.clerkA");
            var b = CheckClerk(w.ClerkB, $"{field}.clerkB");
            if (a.Id == b.Id)
            {
                throw DomainException.Invalid($"{field}.clerkB", "window.sameClerk", "A window's A and B clerks must be two different people (AB岗).");
            }

            windows.Add(new WindowDefinition(id, Require.Text(w.Name, $"{field}.name", 50), a, b));
        }

        if (windows.Count == 0)
        {
            throw DomainException.Invalid("windows", "windows.required", "A service point needs at least one window.");
        }

        var agents = (definition.ProxyAgents ?? []).Select((p, i) => CheckClerk(p, $"proxyAgents[{i}]")).ToArray();
        var directors = (definition.Directors ?? []).Select((d, i) => CheckClerk(d, $"directors[{i}]")).ToArray();
        var supervisors = (definition.Supervisors ?? []).Select((s, i) => CheckClerk(s, $"supervisors[{i}]")).ToArray();
        var phone = definition.SupervisionPhone is null ? null : Require.Phone(definition.SupervisionPhone, "supervisionPhone");
        return new ServicePointDefinition(name, windows, agents) { Directors = directors, Supervisors = supervisors, SupervisionPhone = phone };
    }

    private static Clerk CheckClerk(Clerk? clerk, string field)
    {
        if (clerk is null)
        {
            throw DomainException.Invalid(field, "clerk.required", $"{field} is required.");
        }

        return new Clerk(Require.Text(clerk.Id, $"{field}.id", 64), Require.Text(clerk.Name, $"{field}.name", 50));
    }

    private static bool SameDefinition(ServicePointDefinition a, ServicePointDefinition b) =>
        a.Name == b.Name && a.Windows.SequenceEqual(b.Windows) && a.ProxyAgents.SequenceEqual(b.ProxyAgents) && a.Directors.SequenceEqual(b.Directors)
            && a.Supervisors.SequenceEqual(b.Supervisors) && a.SupervisionPhone == b.SupervisionPhone;
}
