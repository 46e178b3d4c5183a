using System.Globalization;
using System.Text.Json;
using Network.Bench.Benchmarks;
using Network.Bench.Generation;
using Network.Database;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters;
using Network.Grains.Network;
using Network.Grains.PersonalData;
using Network.Grains.Reports.Rollups;

namespace Network.Bench.Reports;

/// <summary>
/// Generates a province-year of matters, city by city, day by day over the year's working days
/// (the working-day calendar, 调休 included), each matter from its point's <see cref="MatterTemplate"/>
/// with its own receipt number, citizen, progress code, times and deadlines, and its ledger rows
/// chained (<see cref="LedgerChain"/>) as the case store chains them. The mix of kinds is the
/// bench's <see cref="MatterMix.Realistic"/>; 4 % of promised matters are returned and 3 % finish
/// after their deadline.
/// </summary>
public sealed class ProvinceYearGenerator
{
    private const int CitizenPool = 20_000;
    private const string CrockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly ProvinceYearShape _shape;
    private readonly NetworkFile _network;
    private readonly Dictionary<string, NetworkFile.Point> _points;
    private readonly WorkingDayCalendar _calendar;
    private readonly MatterJson _json;
    private readonly DateOnly[] _workingDays;
    private readonly int _firstOfNextYear;
    private readonly string[] _citizens;
    private readonly string[] _progressCodes;
    private readonly double _mattersPerWeightDay;

    public ProvinceYearGenerator(ProvinceYearShape shape, PersonalDataProtector protector)
    {
        _shape = shape;
        _network = NetworkGenerator.Build(shape.Network);
        _points = _network.Points.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _calendar = new WorkingDayCalendarProvider().Current;
        if (!_calendar.HasSchedule(shape.Year) || !_calendar.HasSchedule(shape.Year + 1))
        {
            throw new ArgumentException($"The calendar knows no holiday schedule of {shape.Year} and {shape.Year + 1}: the year's working days would be guesses.");
        }

        _json = new MatterJson(protector);
        var days = new List<DateOnly>();
        for (var d = new DateOnly(shape.Year, 1, 1); d.Year <= shape.Year + 1; d = d.AddDays(1))
        {
            if (_calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        _workingDays = [.. days];
        _firstOfNextYear = days.FindIndex(d => d.Year > shape.Year);
        _citizens = Enumerable.Range(1, CitizenPool)
            .Select(n => JsonSerializer.Serialize(Citizens.Make(_network.Points[n % _network.Points.Count].Code, n), _json.Options))
            .ToArray();
        _progressCodes = Enumerable.Range(0, CitizenPool).Select(_ => protector.Seal(ProgressCode.New())).ToArray();
        var weight = _network.Points.Sum(p => (double)ProvinceYearShape.WeightOf(p.Tier));
        _mattersPerWeightDay = shape.LedgerRows / ProvinceYearShape.RowsPerMatter / (weight * _firstOfNextYear);
    }

    public NetworkFile Network => _network;

    /// <summary>The year's working days (the days matters are taken in on).</summary>
    public int WorkingDaysInYear => _firstOfNextYear;

    /// <summary>The cities' codes, in order.</summary>
    public IReadOnlyList<string> Cities => _network.Points.Where(p => p.Tier == Tier.City).Select(p => p.Code).ToArray();

    /// <summary>
    /// Every matter of the cities <paramref name="cities"/> (and their subtrees), city by city and
    /// day by day: for each, <paramref name="write"/> gets its case row and its ledger rows. When a
    /// city is done, <paramref name="rollups"/> (if given) gets its report rollup rows: the facts of
    /// every matter's stored state as the matter repository counts them (<see cref="MatterFactReader"/>;
    /// what the backfill and, commit by commit, the case store count), summed per key in key order.
    /// Single-threaded; run one per worker over disjoint cities.
    /// </summary>
    public void Generate(
        IReadOnlyList<string> cities,
        int worker,
        Action<CaseRow, IReadOnlyList<LedgerRow>> write,
        CancellationToken cancellationToken,
        Action<string, IReadOnlyList<RollupFact>>? rollups = null)
    {
        var builder = new TemplateBuilder(_points, _calendar, _json);
        var facts = new MatterFactReader(_calendar);
        var random = new Random(_shape.Network.Seed * 7919 + worker);
        var templates = new Dictionary<(string, string, MatterPath), MatterTemplate>();
        var values = new string[TemplateSlots.Count];
        var serial = (long)worker << 36;
        foreach (var city in cities)
        {
            var points = _network.Points.Where(p => p.Code.StartsWith(city, StringComparison.Ordinal)).ToArray();
            var candidates = points.ToDictionary(p => p.Code, Candidates, StringComparer.Ordinal);
            var counters = points.ToDictionary(p => p.Code, _ => 0L, StringComparer.Ordinal);
            // Summed as they come, their names interned: a city's facts are millions, its keys far fewer.
            var cityFacts = new Dictionary<RollupKey, long>();
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            string Interned(string name) => names.TryGetValue(name, out var kept) ? kept : names[name] = name;
            for (var day = 0; day < _firstOfNextYear; day++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var point in points)
                {
                    var mean = ProvinceYearShape.WeightOf(point.Tier) * _mattersPerWeightDay * (0.75 + (0.5 * random.NextDouble()));
                    var count = (int)mean + (random.NextDouble() < mean - Math.Floor(mean) ? 1 : 0);
                    for (var i = 0; i < count; i++)
                    {
                        var n = counters[point.Code]++;
                        var (item, path) = Choose(candidates[point.Code], n, random);
                        var key = (point.Code, item.Id, path);
                        if (!templates.TryGetValue(key, out var template))
                        {
                            template = templates[key] = builder.Build(point.Code, item, path);
                        }

                        var (caseRow, ledger) = Make(template, day, serial++, random, values);
                        write(caseRow, ledger);
                        if (rollups is not null)
                        {
                            foreach (var f in facts.FactsOf(caseRow.State))
                            {
                                var k = new RollupKey(f.Day, Interned(f.PointCode), Interned(f.WindowId), Interned(f.ItemId), Interned(f.ClerkId), Interned(f.Figure), Interned(f.Bucket));
                                cityFacts[k] = cityFacts.GetValueOrDefault(k) + f.Count;
                            }
                        }
                    }
                }
            }

            rollups?.Invoke(city, RollupDelta.Sum(cityFacts.Select(e => new RollupFact(e.Key.Day, e.Key.PointCode, e.Key.WindowId, e.Key.ItemId, e.Key.ClerkId, e.Key.Figure, e.Key.Bucket, e.Value))));
        }
    }

    private (CaseRow, IReadOnlyList<LedgerRow>) Make(MatterTemplate template, int day0, long serial, Random random, string[] values)
    {
        var commands = template.Commits.Count;
        var offsets = Offsets(template, commands, random);
        var times = new DateTimeOffset[commands];
        var minutes = 9 * 60 + random.Next(6 * 60);
        for (var k = 0; k < commands; k++)
        {
            var dayIndex = Math.Min(day0 + offsets[k], _workingDays.Length - 1);
            if (k > 0 && offsets[k] != offsets[k - 1])
            {
                minutes = 9 * 60 + random.Next(7 * 60);
            }
            else if (k > 0)
            {
                minutes += 2 + random.Next(28);
            }

            var local = _workingDays[dayIndex].ToDateTime(new TimeOnly(minutes / 60, minutes % 60, random.Next(60), random.Next(1000)));
            times[k] = new DateTimeOffset(local, ChinaOffset).ToUniversalTime();
            values[TemplateSlots.FirstTime + k] = JsonSerializer.Serialize(times[k]).Trim('"');
            values[TemplateSlots.FirstDay + k] = Day(_workingDays[dayIndex]);
        }

        var clockIndex = Math.Min(day0 + offsets[template.ClockCommand], _workingDays.Length - 1);
        foreach (var n in template.DueOffsets)
        {
            values[TemplateSlots.FirstDue + n] = Day(_workingDays[Math.Min(clockIndex + n, _workingDays.Length - 1)]);
        }

        var receipt = $"{template.PointCode}-{_workingDays[day0]:yyyyMMdd}-{Tail(serial)}";
        values[TemplateSlots.Receipt] = receipt;
        values[TemplateSlots.Citizen] = _citizens[serial % _citizens.Length];
        values[TemplateSlots.ProgressCode] = _progressCodes[(serial / 7) % _progressCodes.Length];

        var rows = new List<LedgerRow>(template.LedgerRows);
        var previous = LedgerChain.Genesis.ToArray();
        for (var k = 0; k < commands; k++)
        {
            foreach (var s in template.Commits[k].Steps)
            {
                var detail = s.Detail?.Render(values);
                var changes = s.Changes.Render(values);
                previous = LedgerChain.Link(previous, MatterRepository.CaseKind, receipt, s.Sequence, times[k], s.ActorId, s.PointCode, s.WindowId, s.Action, s.StatusBefore, s.StatusAfter, detail, changes);
                rows.Add(new LedgerRow(receipt, s.Sequence, times[k], s.ActorId, s.PointCode, s.WindowId, s.Action, s.StatusBefore, s.StatusAfter, detail, changes, previous));
            }
        }

        var last = template.Commits[^1];
        var caseRow = new CaseRow(receipt, template.PointCode, last.CurrentPointCode, last.WindowId, last.HandlerId, last.Status, last.IsOpen, last.NewVersion, last.State.Render(values), times[0], times[^1]);
        return (caseRow, rows);
    }

    /// <summary>
    /// Working days after intake of each command: the clock starts at intake or (补正) 1–5 days
    /// later; the deciding command falls within the limit (3 % up to 5 days late); commands in
    /// between are spread before it; a delivery follows its decision within 2 days.
    /// </summary>
    private static int[] Offsets(MatterTemplate template, int commands, Random random)
    {
        var offsets = new int[commands];
        if (commands == 1)
        {
            return offsets;
        }

        var clock = template.ClockCommand > 0 ? 1 + random.Next(5) : 0;
        for (var k = 1; k <= template.ClockCommand; k++)
        {
            offsets[k] = clock;
        }

        var limit = Math.Max(1, template.TimeLimitWorkingDays);
        var finish = clock + (random.NextDouble() < 0.03 ? limit + 1 + random.Next(5) : random.Next(limit + 1));
        var decided = template.Path == MatterPath.ProxyHandUp ? commands - 2 : commands - 1;
        for (var k = template.ClockCommand + 1; k < decided; k++)
        {
            offsets[k] = Math.Min(finish, offsets[k - 1] + random.Next(Math.Max(1, (finish - offsets[k - 1]) / 2 + 1)));
        }

        offsets[decided] = Math.Max(finish, offsets[decided - 1]);
        for (var k = decided + 1; k < commands; k++)
        {
            offsets[k] = offsets[k - 1] + random.Next(3);
        }

        return offsets;
    }

    private static (ServiceItem Item, MatterPath Path) Choose(Dictionary<MatterMix.Kind, (ServiceItem, MatterPath)[]> candidates, long n, Random random)
    {
        var kind = MatterMix.Pick(n);
        if (!candidates.TryGetValue(kind, out var list))
        {
            list = candidates[MatterMix.Kind.Promised];
        }

        var (item, path) = list[random.Next(list.Length)];
        return path == MatterPath.PromisedCompleted && random.NextDouble() < 0.04 ? (item, MatterPath.PromisedReturned) : (item, path);
    }

    private static Dictionary<MatterMix.Kind, (ServiceItem, MatterPath)[]> Candidates(NetworkFile.Point point)
    {
        var all = (point.Items ?? []).SelectMany(i => TemplateBuilder.PathsOf(i, point.Tier).Select(p => (Item: i, Path: p))).ToArray();
        var byKind = new Dictionary<MatterMix.Kind, (ServiceItem, MatterPath)[]>();
        void Add(MatterMix.Kind kind, MatterPath path)
        {
            var found = all.Where(c => c.Path == path).ToArray();
            if (found.Length > 0)
            {
                byKind[kind] = found;
            }
        }

        Add(MatterMix.Kind.Promised, MatterPath.PromisedCompleted);
        Add(MatterMix.Kind.Immediate, MatterPath.Immediate);
        Add(MatterMix.Kind.MissingMaterials, MatterPath.Supplemented);
        Add(MatterMix.Kind.Joint, MatterPath.Joint);
        Add(MatterMix.Kind.ProxyHandUp, MatterPath.ProxyHandUp);
        if (!byKind.ContainsKey(MatterMix.Kind.Promised))
        {
            byKind[MatterMix.Kind.Promised] = all;
        }

        return byKind;
    }

    private static string Tail(long serial)
    {
        Span<char> tail = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            tail[i] = CrockfordAlphabet[(int)(serial & 31)];
            serial >>= 5;
        }

        return new string(tail);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
