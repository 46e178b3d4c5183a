using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// Joint handling (联办): one acceptance, then one open part per window named by the item (at this
/// point or another), all worked at once. The matter completes when the last part completes, and
/// is returned as soon as one part is returned.
/// </summary>
public static partial class MatterRules
{
    public static MatterChange CompletePart(MatterState state, CompletePartCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.CompletePart, context, command.PointCode, command.WindowId);
        var clerkId = command.Actor.Id;
        var index = PartIndex(state, command.PointCode, command.WindowId);
        var part = state.Parts[index];
        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var change = new MatterChange(state, context.Now, clerkId);
        var parts = state.Parts.ToArray();
        parts[index] = part with { Status = JointPartStatus.Completed, ClerkId = clerkId, ClosedAt = change.At, Note = note };
        var next = change.Record("PartCompleted", state with { Parts = parts, LastCommandFingerprint = context.Fingerprint }, note, part.PointCode, part.WindowId);
        if (parts.All(p => p.Status == JointPartStatus.Completed))
        {
            change.Record(
                "Completed",
                next with
                {
                    Status = MatterStatus.Completed,
                    Outcome = new MatterOutcome(MatterStatus.Completed, change.At, clerkId, "各联办窗口均已办结", null, null),
                },
                "联办件：最后一个窗口办结，全件办结");
        }

        return change;
    }

    public static MatterChange ReturnPart(MatterState state, ReturnPartCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.ReturnPart, context, command.PointCode, command.WindowId);
        var clerkId = command.Actor.Id;
        var index = PartIndex(state, command.PointCode, command.WindowId);
        var part = state.Parts[index];
        var reason = Require.Text(command.Reason, "reason", 500);
        var legalBasis = Require.Text(command.LegalBasis, "legalBasis", 500);
        var change = new MatterChange(state, context.Now, clerkId);
        var parts = state.Parts
            .Select((p, i) => i == index
                ? p with { Status = JointPartStatus.Returned, ClerkId = clerkId, ClosedAt = change.At, Note = reason, LegalBasis = legalBasis }
                : p.Status == JointPartStatus.Open ? p with { Status = JointPartStatus.Cancelled, ClosedAt = change.At } : p)
            .ToArray();
        var next = change.Record("PartReturned", state with { Parts = parts, LastCommandFingerprint = context.Fingerprint }, $"{reason} ({legalBasis})", part.PointCode, part.WindowId);
        change.Record(
            "Returned",
            next with
            {
                Status = MatterStatus.Returned,
                Outcome = new MatterOutcome(MatterStatus.Returned, change.At, clerkId, null, reason, legalBasis),
            },
            $"联办件因窗口 {part.WindowId} 退回：{reason}");
        return change;
    }

    /// <summary>One part per joint window: <c>window-id</c> at the point of intake, or <c>point-code/window-id</c>.</summary>
    private static JointPart[] OpenParts(MatterState state) =>
        state.JointWindows
            .Select(w => w.Split('/') is [var point, var window] ? (point, window) : (state.PointCode, w))
            .Select(p => new JointPart(p.Item1, p.Item2, JointPartStatus.Open, null, null, null, null, null, FlagLevel.None))
            .ToArray();

    private static int PartIndex(MatterState state, string pointCode, string windowId) =>
        state.Parts.ToList().FindIndex(p => p.PointCode == pointCode && p.WindowId == windowId);
}
