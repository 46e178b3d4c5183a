using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using Network.Grains.Reports.Rollups;
using Network.Grains.Tests.Values;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// The day's queue in the case store: each step's ledger patch and rollup delta are built from the
/// tickets it changed (not the whole day), and must be exactly what the whole day's diff and facts give;
/// the case row holds the day's figures and each ticket is a row of its own, written when it changes.
/// </summary>
public sealed class QueueJournalTests
{
    // How the queue's state was written before the ticket cache: plain System.Text.Json.
    internal static readonly JsonSerializerOptions Plain = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Each_step_is_journaled_as_the_diff_and_rollup_of_the_whole_day_though_built_from_the_tickets_it_changed()
    {
        var store = new CapturingStore();
        var repository = new QueueRepository(store);
        var receipt = NewReceipt();
        var state = Empty();
        var changes = new List<QueueChange>();

        QueueState Apply(QueueChange change)
        {
            changes.Add(change);
            return change.After;
        }

        // A long day: more than ten tickets (two-digit places in the paths), every kind of step.
        for (var i = 0; i < 12; i++)
        {
            state = Apply(QueueRules.Issue(state, new IssueTicketCommand(Kiosk, i % 3 == 0 ? FamilyPlanning : CivilAffairs, i % 4 == 1 ? TicketPriority.Elderly : TicketPriority.None), QueueAt(minutes: i)));
        }

        state = Apply(QueueRules.Issue(state, new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.Appointment), QueueAt(minutes: 12), "0930-ABCD"));
        for (var round = 0; round < 3; round++)
        {
            state = Apply(QueueRules.CallNext(state, new CallNextCommand(TownClerk(), CivilAffairs), QueueAt(minutes: 20 + round)));
            var called = AtWindow(state).Number;
            state = Apply(QueueRules.StartServing(state, new StartServingCommand(TownClerk(), called, receipt), QueueAt(minutes: 21 + round, knownMatters: receipt)));
            state = Apply(QueueRules.Finish(state, new FinishTicketCommand(TownClerk(), called, null), QueueAt(minutes: 27 + round)));
        }

        state = Apply(QueueRules.CallNext(state, new CallNextCommand(TownClerk(), CivilAffairs), QueueAt(minutes: 40)));
        var recalled = AtWindow(state).Number;
        state = Apply(QueueRules.Recall(state, new RecallCommand(TownClerk(), recalled), QueueAt(minutes: 41)));
        state = Apply(QueueRules.Recall(state, new RecallCommand(TownClerk(), recalled), QueueAt(minutes: 42)));
        state = Apply(QueueRules.MarkNoShow(state, new MarkNoShowCommand(TownClerk(), recalled), QueueAt(minutes: 43)));
        state = Apply(QueueRules.CallNext(state, new CallNextCommand(TownClerk(), CivilAffairs), QueueAt(minutes: 44)));
        state = Apply(QueueRules.Transfer(state, new TransferTicketCommand(TownClerk(), AtWindow(state).Number, FamilyPlanning), QueueAt(minutes: 45)));

        foreach (var change in changes)
        {
            // The first commit opens the case: its patch is the whole day, as before.
            var before = change.ExpectedVersion == 0 ? null : change.Before;
            await repository.CommitAsync(change, deadline: null);
            var commit = store.Last!;
            var beforeJson = before is null ? null : JsonSerializer.Serialize(before, Plain);
            var afterJson = JsonSerializer.Serialize(change.After, Plain);

            // The row holds the day's figures, the tickets are rows of their own: the commit writes the
            // tickets it changed, each byte for byte as plain System.Text.Json writes it, and the two
            // put together are the whole day.
            Assert.Equal(
                JsonSerializer.Serialize(change.After with { Tickets = [] }, Plain)
                    .Replace("\"tickets\":[]", $"\"tickets\":{change.After.Tickets.Count}")
                    .Replace("\"isClosed\":true", "\"isClosed\":" + (change.After.IsClosed ? "true" : "false")),
                commit.StateJson);
            var changed = before is null ? Enumerable.Range(0, change.After.Tickets.Count) : QueuePatch.Changed(before, change.After);
            Assert.Equal(changed.Select(i => new CasePart(i, JsonSerializer.Serialize(change.After.Tickets[i], Plain))), commit.Parts);
            Assert.InRange(commit.Parts.Count, 1, 2);
            Assert.Equal(afterJson, JsonSerializer.Serialize(store.Stored, Plain));
            Assert.Equal(JsonChanges.Diff(beforeJson, afterJson), Assert.Single(commit.Steps).Changes);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(afterJson), JsonPatchApplier.Apply(beforeJson, commit.Steps[0].Changes)));
            Assert.Equal(RollupDelta.Between(before is null ? [] : QueueFacts.Of(before), QueueFacts.Of(change.After)), commit.Rollup);
        }

        Assert.Equal(JsonSerializer.Serialize(state, Plain), JsonSerializer.Serialize(await repository.LoadAsync("any"), Plain));
    }

    /// <summary>Keeps the commits it is given (and the last state with every part written, to load).</summary>
    private sealed class CapturingStore : ICaseStore
    {
        private readonly SortedDictionary<int, CasePart> _parts = [];

        public CaseCommit? Last { get; private set; }

        /// <summary>The stored row's figures with the stored tickets, as plain JSON reads them.</summary>
        public JsonNode Stored
        {
            get
            {
                var state = JsonNode.Parse(Last!.StateJson)!;
                state["tickets"] = new JsonArray(_parts.Values.Select(p => JsonNode.Parse(p.Json)).ToArray());
                return state;
            }
        }

        public string Description => "capturing";

        public Task<StoredCase?> LoadAsync(string kind, string caseId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Last is { } c ? new StoredCase(kind, caseId, c.NewVersion, c.StateJson) { Parts = _parts.Values.ToArray() } : null);

        public Task CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
        {
            Last = commit;
            foreach (var part in commit.Parts)
            {
                _parts[part.Number] = part;
            }

            return Task.CompletedTask;
        }

        public Task<StoredRequestKey?> FindRequestKeyAsync(RequestKey key, CancellationToken cancellationToken = default) =>
            Task.FromResult<StoredRequestKey?>(null);

        public Task<IReadOnlyList<CaseLedgerRow>> ReadLedgerAsync(string kind, string caseId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CaseLedgerRow>>([]);
    }
}
