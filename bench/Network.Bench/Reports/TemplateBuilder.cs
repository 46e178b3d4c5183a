using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using Network.Grains.Network;

namespace Network.Bench.Reports;

/// <summary>
/// Makes a <see cref="MatterTemplate"/> by living a prototype matter through the real rules
/// (<see cref="MatterRules"/>, with the policy checks they make) and committing each command
/// through the real <see cref="MatterRepository"/> into a <see cref="CapturingCaseStore"/>. The
/// prototype's commands fall on days 30 working days apart (more than any item's limit), so every
/// day, deadline and time in its texts is a distinct value that is cut out and refilled per matter.
/// </summary>
public sealed class TemplateBuilder
{
    private const int CommandGapWorkingDays = 30;
    private static readonly DateOnly PrototypeStart = new(2025, 1, 6);
    private readonly IReadOnlyDictionary<string, NetworkFile.Point> _points;
    private readonly WorkingDayCalendar _calendar;
    private readonly WorkingDayCalendarProvider _calendars;
    private readonly MatterJson _json;
    private readonly Citizen _citizen;
    private readonly string _citizenJson;
    private readonly string _progressCode = ProgressCode.New();

    public TemplateBuilder(IReadOnlyDictionary<string, NetworkFile.Point> points, WorkingDayCalendar calendar, MatterJson json)
    {
        _points = points;
        _calendar = calendar;
        _calendars = new WorkingDayCalendarProvider([.. calendar.KnownYears.Select(y => calendar.ScheduleOf(y)!)]);
        _json = json;
        _citizen = Citizens.Make("510682", 1);
        _citizenJson = JsonSerializer.Serialize(_citizen, json.Options);
    }

    /// <summary>The paths a matter of <paramref name="item"/> taken in at a point of <paramref name="tier"/> can take.</summary>
    public static IReadOnlyList<MatterPath> PathsOf(ServiceItem item, Tier tier)
    {
        if (item.DecidingTier > tier)
        {
            return [MatterPath.ProxyHandUp];
        }

        return item.Kind switch
        {
            MatterKind.Immediate => [MatterPath.Immediate],
            MatterKind.Joint => [MatterPath.Joint],
            _ => [MatterPath.PromisedCompleted, MatterPath.PromisedReturned, MatterPath.Supplemented],
        };
    }

    public MatterTemplate Build(string pointCode, ServiceItem item, MatterPath path)
    {
        var point = _points[pointCode];
        var window = point.Windows.First(w => w.Id == item.WindowId);
        var receipt = ReceiptNumber.At(DivisionCode.Parse(pointCode), $"{PrototypeStart:yyyyMMdd}-ZZZZZZZZ");
        var store = new CapturingCaseStore();
        var repository = new MatterRepository(store, _json, _calendars);
        var clerk = new Actor(window.ClerkA.Id, ActorRole.WindowClerk, pointCode);
        var times = new List<DateTimeOffset>();
        MatterState? state = null;

        void Commit(MatterChange change)
        {
            repository.CommitAsync(change, MatterRules.NextCheck(change.After, _calendar)).GetAwaiter().GetResult();
            state = change.After;
        }

        MatterContext Context()
        {
            var k = times.Count;
            var day = k == 0 ? PrototypeStart : _calendar.AddWorkingDays(PrototypeStart, CommandGapWorkingDays * k).Date;
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero).AddMilliseconds(1111 * (k + 1));
            times.Add(at);
            return new MatterContext(at, _calendar, ProfilesAround(pointCode))
            {
                DecidingItems = state is not null && MatterRules.AwaitsDecisionHere(state) ? DecidingItems(state, item) : new Dictionary<string, ServiceItem>(),
            };
        }

        var materials = path == MatterPath.Supplemented ? item.RequiredMaterials.Take(1).ToArray() : item.RequiredMaterials;
        Commit(MatterRules.Accept(receipt, new IntakeRequest(pointCode, window.Id, clerk, item.Id, _citizen, materials), item, null, Context(), _progressCode));
        switch (path)
        {
            case MatterPath.Immediate:
                break;
            case MatterPath.PromisedCompleted:
                Commit(MatterRules.Complete(state!, new CompleteCommand(clerk, "已办结，结果已交申请人"), Context()));
                break;
            case MatterPath.PromisedReturned:
                Commit(MatterRules.Return(state!, new ReturnCommand(clerk, "申请人不符合受理条件", item.LegalBasis), Context()));
                break;
            case MatterPath.Supplemented:
                Commit(MatterRules.SupplyMaterials(state!, new SupplyMaterialsCommand(clerk, state!.MissingMaterials), Context()));
                Commit(MatterRules.Complete(state!, new CompleteCommand(clerk, "已办结，结果已交申请人"), Context()));
                break;
            case MatterPath.Joint:
                foreach (var part in state!.Parts)
                {
                    var partWindow = _points[part.PointCode].Windows.First(w => w.Id == part.WindowId);
                    var partClerk = new Actor(partWindow.ClerkA.Id, ActorRole.WindowClerk, part.PointCode);
                    Commit(MatterRules.CompletePart(state!, new CompletePartCommand(partClerk, part.PointCode, part.WindowId, "本窗口事项已办结"), Context()));
                }

                break;
            case MatterPath.ProxyHandUp:
                while (!MatterRules.AwaitsDecisionHere(state!))
                {
                    Commit(MatterRules.HandUp(state!, new HandUpCommand(HandUpActor(state!, clerk), AgentOf(state!), "村民委托代办"), Context()));
                }

                var holding = state!.CurrentPointCode;
                var context = Context();
                var deciding = context.DecidingItem(holding, state!.ItemId)!;
                var decider = _points[holding].Windows.First(w => w.Id == deciding.WindowId).ClerkA.Id;
                Commit(MatterRules.Decide(state!, new DecideCommand(new Actor(decider, ActorRole.WindowClerk, holding), true, "准予办理", null, null), context));
                Commit(MatterRules.Deliver(state!, new DeliverCommand(clerk), Context()));
                break;
        }

        if (times.Count > TemplateSlots.MaxCommands)
        {
            throw new InvalidOperationException($"{path} of {item.Id} at {pointCode} takes {times.Count} commands; at most {TemplateSlots.MaxCommands}.");
        }

        return Compile(pointCode, window.Id, item, path, receipt, times, state!, store.Commits);
    }

    private MatterTemplate Compile(string pointCode, string windowId, ServiceItem item, MatterPath path, string receipt, List<DateTimeOffset> times, MatterState last, IReadOnlyList<Grains.Cases.Storage.CaseCommit> commits)
    {
        var values = new List<(string Value, int Slot)>
        {
            (receipt, TemplateSlots.Receipt),
            (_citizenJson, TemplateSlots.Citizen),
            (Sealed(commits[0].StateJson, "\"progressCode\":\""), TemplateSlots.ProgressCode),
        };
        for (var k = 0; k < times.Count; k++)
        {
            values.Add((JsonSerializer.Serialize(times[k]).Trim('"'), TemplateSlots.FirstTime + k));
        }

        var days = times.Select(ChinaTime.DateOf).ToArray();
        var clockStart = last.ClockStartedOn;
        var clockCommand = clockStart is { } c ? Array.IndexOf(days, c) : 0;
        var dueOffsets = new SortedSet<int>();
        if (clockStart is { } start)
        {
            foreach (var due in new[] { last.DueDate }.Concat(last.Parts.Select(p => p.DueDate)).OfType<DateOnly>().Distinct())
            {
                var n = WorkingDaysBetween(start, due);
                if (n > TemplateSlots.MaxDue || days.Contains(due))
                {
                    throw new InvalidOperationException($"Deadline {due} of {item.Id} is {n} working days after {start}, or falls on a command's day.");
                }

                dueOffsets.Add(n);
                values.Add((Day(due), TemplateSlots.FirstDue + n));
            }
        }

        for (var k = 0; k < days.Length; k++)
        {
            values.Add((Day(days[k]), TemplateSlots.FirstDay + k));
        }

        var compiled = commits.Select(commit => new CommitTemplate(
            commit.NewVersion,
            TemplateText.Compile(commit.StateJson, values),
            commit.Index.CurrentPointCode,
            commit.Index.WindowId,
            commit.Index.HandlerId,
            commit.Index.Status,
            commit.Index.IsOpen,
            commit.Steps.Select(s => new StepTemplate(
                s.Sequence,
                s.ActorId,
                s.PointCode,
                s.WindowId,
                s.Action,
                s.StatusBefore,
                s.StatusAfter,
                s.Detail is null ? null : TemplateText.Compile(s.Detail, values),
                TemplateText.Compile(s.Changes, values))).ToArray())).ToArray();
        if (compiled[^1].IsOpen || commits[^1].Index.NextCheckOn is not null || commits[^1].Index.DueProvisional)
        {
            throw new InvalidOperationException($"{path} of {item.Id} at {pointCode} does not end closed.");
        }

        return new MatterTemplate(pointCode, windowId, item.Id, path, clockCommand, item.TimeLimitWorkingDays, compiled) { DueOffsets = [.. dueOffsets] };
    }

    private int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        var n = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (_calendar.IsWorkingDay(d))
            {
                n++;
            }
        }

        return n;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Sealed(string json, string prefix)
    {
        var at = json.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        return json[at..json.IndexOf('"', at)];
    }

    private Actor HandUpActor(MatterState state, Actor clerk)
    {
        var here = state.CurrentPointCode;
        if (here == state.PointCode)
        {
            return DivisionCode.Parse(here).Tier == Tier.Village
                ? new Actor(_points[here].ProxyAgents![0].Id, ActorRole.ProxyAgent, here)
                : clerk;
        }

        return new Actor(_points[here].Windows[0].ClerkA.Id, ActorRole.WindowClerk, here);
    }

    private string? AgentOf(MatterState state) =>
        state.CurrentPointCode == state.PointCode && DivisionCode.Parse(state.PointCode).Tier == Tier.Village
            ? _points[state.PointCode].ProxyAgents![0].Id
            : null;

    private Dictionary<string, ServiceItem> DecidingItems(MatterState state, ServiceItem intakeItem)
    {
        var holding = _points[state.CurrentPointCode];
        var id = intakeItem.DecidedAs ?? state.ItemId;
        var items = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        if (holding.Items?.FirstOrDefault(i => i.Id == id) is { } deciding)
        {
            items[MatterContext.DecidingKey(state.CurrentPointCode, state.ItemId)] = deciding;
        }

        return items;
    }

    private Dictionary<string, ServicePointProfile> ProfilesAround(string pointCode)
    {
        var profiles = new Dictionary<string, ServicePointProfile>(StringComparer.Ordinal);
        for (DivisionCode? code = DivisionCode.Parse(pointCode); code is not null; code = code.Value.Parent)
        {
            if (_points.TryGetValue(code.Value.Value, out var p))
            {
                profiles[p.Code] = new ServicePointProfile(code.Value, p.Name, p.Windows, p.ProxyAgents ?? [], []);
            }

            if (code.Value.Tier == Tier.City)
            {
                break;
            }
        }

        return profiles;
    }
}
