namespace Network.Grains.Cases.Storage;

/// <summary>
/// One ledger row: who did what, when and where, the status before and after, and the RFC 6902
/// JSON Patch (as text) that turns the state before the step into the state after it
/// (see <see cref="JsonChanges.Diff"/>).
/// </summary>
/// <param name="Sequence">The step's number within its case, from 1; unique per case.</param>
/// <param name="OccurredAt">When the step happened.</param>
/// <param name="ActorId">Who took the step.</param>
/// <param name="PointCode">Where the step was taken.</param>
/// <param name="WindowId">The window, if the step was taken at one.</param>
/// <param name="Action">The kind's name of the step.</param>
/// <param name="StatusBefore">The status before the step; null for the first step.</param>
/// <param name="StatusAfter">The status after the step.</param>
/// <param name="Detail">Free text of the step, if any.</param>
/// <param name="Changes">The JSON Patch from the state before the step to the state after it.</param>
public sealed record CaseStep(
    int Sequence,
    DateTimeOffset OccurredAt,
    string ActorId,
    string PointCode,
    string? WindowId,
    string Action,
    string? StatusBefore,
    string StatusAfter,
    string? Detail,
    string Changes);
