using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Bench.Reports;
using Network.Database;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Matters;
using Network.Grains.PersonalData;

namespace Network.Bench.Tests;

/// <summary>
/// The province-year generator of <c>bench reports</c>: its matters are states the grains read,
/// their ledgers replay to those states and are hash-chained, and they follow the calendar.
/// </summary>
public sealed class ProvinceYearGeneratorTests
{
    private static readonly PersonalDataProtector Protector = new([RandomNumberGenerator.GetBytes(PersonalDataKeys.KeyBytes)]);

    [Fact]
    public void Every_generated_matter_is_a_state_the_grains_read_and_its_ledger_replays_to_it_with_a_valid_chain()
    {
        var generator = new ProvinceYearGenerator(ProvinceYearShape.Smoke, Protector);
        var json = new MatterJson(Protector);
        var calendar = new WorkingDayCalendarProvider().Current;
        var matters = new List<(CaseRow Case, IReadOnlyList<LedgerRow> Ledger)>();
        generator.Generate(generator.Cities, 0, (c, l) => matters.Add((c, l)), CancellationToken.None);

        Assert.InRange(matters.Sum(m => m.Ledger.Count), 4_000, 9_000);
        Assert.Equal(matters.Count, matters.Select(m => m.Case.CaseId).Distinct().Count());
        var paths = new HashSet<string>();
        foreach (var (row, ledger) in matters)
        {
            var state = json.Deserialize(row.State);
            Assert.Equal(row.CaseId, state.ReceiptNumber);
            Assert.Equal(row.Status, state.Status.ToString());
            Assert.Equal(row.OpenedAt, state.ReceivedAt);
            Assert.Equal(row.Version, state.Version);
            Assert.Equal(ledger.Count, state.LedgerSequence);
            Assert.True(state.IsClosed);
            Assert.Equal(row.UpdatedAt, state.Outcome!.At);
            Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(state.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).DateTime)));
            Assert.Equal(2025, state.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).Year);
            Assert.NotNull(state.ProgressCode);
            Assert.Equal(18, state.Citizen.ResidentId.Length);
            if (state.ClockStartedOn is { } start && state.TimeLimitWorkingDays > 0)
            {
                Assert.Equal(calendar.AddWorkingDays(start, state.TimeLimitWorkingDays).Date, state.DueDate);
                Assert.Equal(state.DueDate, state.Slip!.DueDate);
            }

            // The ledger: sequences 1..n, times in order, each patch applied to the state before gives the state after, the last is the case's state.
            JsonNode? replayed = null;
            var previous = LedgerChain.Genesis.ToArray();
            for (var i = 0; i < ledger.Count; i++)
            {
                var l = ledger[i];
                Assert.Equal(i + 1, l.Sequence);
                Assert.True(i == 0 || l.OccurredAt >= ledger[i - 1].OccurredAt);
                replayed = Apply(replayed, JsonNode.Parse(l.Changes)!.AsArray());
                previous = LedgerChain.Link(previous, "matter", l.CaseId, l.Sequence, l.OccurredAt, l.ActorId, l.PointCode, l.WindowId, l.Action, l.StatusBefore, l.StatusAfter, l.Detail, l.Changes);
                Assert.Equal(previous, l.Hash);
            }

            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(row.State), replayed), row.CaseId);
            paths.Add(string.Join(",", ledger.Select(l => l.Action)));
        }

        // Every path of the mix: immediate, completed, returned, supplemented, joint, handed up.
        Assert.Contains(paths, p => p == "Accepted,Completed");
        Assert.Contains(paths, p => p.StartsWith("Accepted,Returned", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("Received,MaterialsSupplied,Accepted", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("PartCompleted,PartCompleted,Completed", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains("PassedUp,ReceivedFromBelow", StringComparison.Ordinal) && p.EndsWith("Delivered", StringComparison.Ordinal));
    }

    /// <summary>RFC 6902 as <c>JsonChanges</c> writes it: add (root or member or array end), replace, remove.</summary>
    private static JsonNode? Apply(JsonNode? document, JsonArray ops)
    {
        foreach (var op in ops)
        {
            var path = op!["path"]!.GetValue<string>();
            var value = op["value"]?.DeepClone();
            if (path.Length == 0)
            {
                document = value;
                continue;
            }

            var tokens = path[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            var parent = document!;
            foreach (var t in tokens[..^1])
            {
                parent = parent is JsonArray a ? a[int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)]! : parent[t]!;
            }

            var last = tokens[^1];
            switch (op["op"]!.GetValue<string>(), parent)
            {
                case ("remove", JsonArray a):
                    a.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ("remove", JsonObject o):
                    o.Remove(last);
                    break;
                case ("add", JsonArray a) when int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) == a.Count:
                    a.Add(value);
                    break;
                case (_, JsonArray a):
                    a[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                case (_, JsonObject o):
                    o[last] = value;
                    break;
            }
        }

        return document;
    }
}
