using System.Text.Json;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Queue;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>
/// A step's patch is written from the tickets and calls it changed and the day's own figures
/// compared as values (<see cref="QueuePatch"/>), never from JSON trees of the day: on many random
/// days of every kind of step it must be, byte for byte, the whole day's JSON diff.
/// </summary>
public sealed class QueuePatchTests
{
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
        var day = RandomQueueDay.Walk(seed, 150);
        foreach (var (change, _) in day)
        {
            var beforeJson = JsonSerializer.Serialize(change.Before, QueueJournalTests.Plain);
            var afterJson = JsonSerializer.Serialize(change.After, QueueJournalTests.Plain);
            var whole = JsonChanges.Diff(beforeJson, afterJson);
            Assert.Equal(whole, QueuePatch.Between(change.Before, change.After));

            // A day loaded from the store shares no record with the one the step made: the same patch.
            var loaded = JsonSerializer.Deserialize<QueueState>(beforeJson, QueueJson.Options)!;
            Assert.Equal(whole, QueuePatch.Between(loaded, change.After));
        }

        var last = day[^1].Change.After;
        Assert.Contains(last.Tickets, t => t.Status == TicketStatus.Finished);
        Assert.True(last.LastCallId > QueueState.RecentCallsKept);
    }
}
