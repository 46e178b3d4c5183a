using System.Text.RegularExpressions;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Catalog.Rules;

/// <summary>
/// The flow chart of an item at a point (办事流程图), generated from its kind and its procedure's
/// steps (the procedure text, step by step, separated by →): the first step is the intake at the
/// point's window; an item decided above the point is carried up, free of charge, tier by tier (代办);
/// the steps after intake happen where the item is decided; the last is the result, within the time
/// limit.
/// </summary>
public static partial class ItemFlow
{
    private static readonly string[] Arrows = ["→", "->", "—>"];

    public static IReadOnlyList<FlowStep> Of(ServiceItem item, ServicePointProfile point, string windowName)
    {
        // A step that only restates a time limit ("10个工作日内办结") is left out: the result box states the item's own.
        var steps = item.Procedure.Split(Arrows, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !LimitOnly().IsMatch(s))
            .ToArray();
        var deciding = item.DecidingTier > point.Tier ? Place(item.DecidingTier) : point.Name;
        var flow = new List<FlowStep> { new(steps.Length > 0 ? steps[0] : "窗口受理", $"{point.Name}{windowName}", FlowStepKind.Intake) };
        if (item.Kind == MatterKind.Joint)
        {
            flow.Add(new FlowStep($"联合办理：{string.Join("、", item.JointWindowIds)}同时办理", point.Name, FlowStepKind.Step));
        }

        for (var tier = point.Tier + 1; tier <= item.DecidingTier; tier++)
        {
            flow.Add(new FlowStep($"免费代办，报{Place(tier)}", Place(tier), FlowStepKind.HandUp));
        }

        flow.AddRange(steps.Skip(1).SkipLast(1).Select(s => new FlowStep(s, deciding, FlowStepKind.Step)));
        var limit = item.Kind == MatterKind.Immediate ? "当场办结" : $"{item.TimeLimitWorkingDays}个工作日内办结";
        var last = steps.Length > 1 ? steps[^1] : item.Result;
        flow.Add(new FlowStep($"{last}（{limit}）", item.DecidingTier > point.Tier ? $"{deciding} → {point.Name}" : point.Name, FlowStepKind.Result));
        return flow;
    }

    private static string Place(Tier tier) => tier switch
    {
        Tier.City => "市政务服务中心",
        Tier.Township => "乡镇便民服务中心",
        _ => "村（社区）便民服务站",
    };

    [GeneratedRegex(@"^[0-9０-９]+个工作日内办结$")]
    private static partial Regex LimitOnly();
}
