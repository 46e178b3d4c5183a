using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;
using Network.Grains.Queue.Rules;
using Network.Grains.Tests.Values;
using static Network.Grains.Tests.FrontDesk.QueueRuleFixture;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// A step's patch is written from the tickets and calls it changed and the day's own figures
/// compared as values (<see cref="QueuePatch"/>), never from JSON trees of the day: on many random
/// days of every kind of step it must be, byte for byte, the whole day's JSON diff.
/// </summary>
public sealed class QueuePatchTests
{
    private static readonly JsonSerializerOptions Plain = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void The_patch_compares_every_figure_of_the_day()
    {
        Assert.True(QueuePatch.ComparesEveryFigure);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_patch_from_the_changed_tickets_and_figures_is_the_whole_days_json_diff_on_random_days(int seed)
    {
        var random = new Random(seed);
        var receipt = NewReceipt();
        var state = Empty();
        var steps = 0;
        for (var minute = 0; steps < 150 && minute < 2000; minute++)
        {
            QueueChange change;
            try
            {
                change = RandomQueueDay.Step(random, state, QueueAt(minutes: minute, knownMatters: receipt), receipt);
            }
            catch (DomainException)
            {
                continue; // a step the rules refuse changes nothing
            }

            var beforeJson = JsonSerializer.Serialize(state, Plain);
            var afterJson = JsonSerializer.Serialize(change.After, Plain);
            var whole = JsonChanges.Diff(beforeJson, afterJson);
            Assert.Equal(whole, QueuePatch.Between(state, change.After));

            // A day loaded from the store shares no record with the one the step made: the same patch.
            var loaded = JsonSerializer.Deserialize<QueueState>(beforeJson, QueueJson.Options)!;
            Assert.Equal(whole, QueuePatch.Between(loaded, change.After));

            state = change.After;
            steps++;
        }

        Assert.Equal(150, steps);
        Assert.Contains(state.Tickets, t => t.Status == TicketStatus.Finished);
        Assert.True(state.LastCallId > QueueState.RecentCallsKept);
    }
}
