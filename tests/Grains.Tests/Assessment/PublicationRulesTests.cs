using Network.Grains.Assessment.Rules;
using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Tests.Assessment;

/// <summary>The public quarterly publication (办结公告) built from counts, without a cluster.</summary>
public sealed class PublicationRulesTests
{
    [Fact]
    public void The_public_quarterly_page_lists_items_in_catalog_order_with_completed_on_time_and_satisfaction()
    {
        var (items, total) = PublicationRules.Lines(
            [
                ("birth-permit", new AssessmentFigures { Received = 4, Completed = 3, OnTime = 3, Rated = 2, Satisfied = 1 }),
                ("senior-card", new AssessmentFigures { Received = 10, Completed = 9, Returned = 1, OnTime = 8, Rated = 4, Satisfied = 4 }),
                ("senior-card", new AssessmentFigures { Received = 1 }),
                ("retired-item", new AssessmentFigures { Completed = 1, OnTime = 1 }),
                ("idle-item", AssessmentFigures.Zero),
            ],
            [("senior-card", "老年优待证办理"), ("birth-permit", "生育证办理"), ("idle-item", "无人办理的事项")]);

        Assert.Equal(["老年优待证办理", "生育证办理", "retired-item"], items.Select(i => i.ItemName));
        Assert.Equal(new PublishedItemFigures("老年优待证办理", 11, 9, 8, 1, 4, 1m), items[0]);
        Assert.Equal(0.5m, items[1].Satisfaction);
        Assert.Null(items[2].Satisfaction);
        Assert.Equal(new PublishedItemFigures("合计", 15, 13, 12, 1, 6, 0.8333m), total);
    }
}
