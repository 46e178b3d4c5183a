namespace Network.Bench.Reports;

/// <summary>
/// One kind of generated matter (a point's item, taken one <see cref="MatterPath"/>) as the real
/// matter rules and repository wrote its prototype: per command, the commit (state, index columns,
/// ledger rows) with the prototype's receipt number, times, days, deadlines and citizen cut out.
/// </summary>
/// <param name="ClockCommand">The command on whose day the deadline's clock started.</param>
/// <param name="TimeLimitWorkingDays">The item's limit (承诺时限); 0 for an immediate item.</param>
public sealed record MatterTemplate(
    string PointCode,
    string WindowId,
    string ItemId,
    MatterPath Path,
    int ClockCommand,
    int TimeLimitWorkingDays,
    IReadOnlyList<CommitTemplate> Commits)
{
    public int LedgerRows => Commits.Sum(c => c.Steps.Count);

    /// <summary>The deadline offsets (working days after the clock started) any of its texts uses.</summary>
    public IReadOnlyList<int> DueOffsets { get; init; } = [];
}

/// <summary>One command's commit: the case row after it and its ledger rows.</summary>
public sealed record CommitTemplate(
    int NewVersion,
    TemplateText State,
    string CurrentPointCode,
    string? WindowId,
    string? HandlerId,
    string Status,
    bool IsOpen,
    IReadOnlyList<StepTemplate> Steps);

/// <summary>One ledger row of a commit.</summary>
public sealed record StepTemplate(
    int Sequence,
    string ActorId,
    string PointCode,
    string? WindowId,
    string Action,
    string? StatusBefore,
    string StatusAfter,
    TemplateText? Detail,
    TemplateText Changes);
