using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>The extension (延期) of a promised matter's limit (<see cref="ExtensionRule"/>).</summary>
public static partial class MatterRules
{
    /// <summary>
    /// Extends the limit once: the deadline moves by the working days granted (make-up days counted),
    /// and the deadline flag is what the new deadline makes it, so the yellow warning and the sweep
    /// follow the extended date. Joint parts keep their own deadlines.
    /// </summary>
    public static MatterChange Extend(MatterState state, ExtendCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.Extend, context);
        var days = ExtensionRule.Days(state, command.WorkingDays);
        var reason = Require.Text(command.Reason, "reason", 500);
        var before = state.DueDate!.Value;
        var extended = WithDeadlines(state with { Extension = new DeadlineExtension(days, reason, command.Actor.Id, context.Now, before, before) }, context.Calendar);
        var after = extended.DueDate!.Value;
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "DeadlineExtended",
            extended with
            {
                Extension = extended.Extension! with { DueDateAfter = after },
                Flag = LevelFor(after, context.Today, context.Calendar),
                LastCommandFingerprint = context.Fingerprint,
            },
            $"延期 {days} 个工作日（负责人批准）：{reason}；办结期限 {before:yyyy-MM-dd} → {after:yyyy-MM-dd}{(extended.DueDateProvisional ? "（暂定）" : string.Empty)}");
        return change;
    }
}
