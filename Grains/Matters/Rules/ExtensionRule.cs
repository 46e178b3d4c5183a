using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// The extension (延期) of a promised matter's limit: once, by the point's director, with a reason,
/// by at most the law's margin — 10 working days for a single item, 15 for a joint matter
/// (《行政许可法》第四十二条) — and only before the deadline has passed (an overdue matter stays red).
/// </summary>
public static class ExtensionRule
{
    public const int SingleItemMaxWorkingDays = 10;

    public const int JointMaxWorkingDays = 15;

    public static int MaxWorkingDays(MatterState state) => state.Kind == MatterKind.Joint ? JointMaxWorkingDays : SingleItemMaxWorkingDays;

    /// <summary>Null when the matter's limit may be extended now; otherwise why not (409).</summary>
    public static DomainException? When(MatterState state, MatterContext context)
    {
        if (state.IsClosed || state.Status is not (MatterStatus.InProgress or MatterStatus.HandedUp or MatterStatus.AwaitingSupplement))
        {
            return MatterPolicy.IllegalTransition(state, "extend");
        }

        if (state.DueDate is not { } due || state.ClockStartedOn is null)
        {
            return Refusal.Conflict("extension.noDeadline", $"Matter {state.ReceiptNumber} has no promised deadline to extend.", "status");
        }

        if (state.Extension is { } granted)
        {
            return Refusal.Conflict(
                "extension.alreadyGranted",
                $"The limit of matter {state.ReceiptNumber} was already extended once ({granted.WorkingDays} working days on {ChinaTime.DateOf(granted.GrantedAt):yyyy-MM-dd}); it is extended only once.",
                "workingDays");
        }

        return state.PausedSince is null && context.Today > due
            ? Refusal.Conflict("extension.deadlinePassed", $"The deadline of matter {state.ReceiptNumber} passed on {due:yyyy-MM-dd}; an extension is granted before it, not after.", "dueDate")
            : null;
    }

    /// <summary>The working days asked for, or 400 when fewer than one or more than the law allows for this matter.</summary>
    public static int Days(MatterState state, int workingDays)
    {
        var max = MaxWorkingDays(state);
        if (workingDays < 1)
        {
            throw DomainException.Invalid("workingDays", "extension.days", "An extension is at least one working day.");
        }

        return workingDays <= max
            ? workingDays
            : throw DomainException.Invalid(
                "workingDays",
                "extension.tooLong",
                $"A {(state.Kind == MatterKind.Joint ? "joint matter" : "single item")} may be extended by at most {max} working days (《行政许可法》第四十二条), not {workingDays}.");
    }
}
