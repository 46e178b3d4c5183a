using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>First-inquiry responsibility (首问负责) and the A/B switch-over of the handling clerk (AB岗).</summary>
public static partial class MatterRules
{
    /// <summary>Points whose clerks may receive a hand-over: the point of intake and every point the matter passed.</summary>
    public static IEnumerable<string> ChainPoints(MatterState state) =>
        state.Hops.Select(h => h.PointCode).Append(state.PointCode).Distinct(StringComparer.Ordinal);

    public static MatterChange HandOver(MatterState state, HandOverCommand command, MatterContext context)
    {
        var actor = command.Actor;
        MatterPolicy.Ensure(state, actor, MatterAction.HandOver, context);
        var to = Require.Text(command.ToClerkId, "toClerkId", 64);
        var from = state.OwnerClerkId;
        if (to == from)
        {
            throw DomainException.Invalid("toClerkId", "owner.same", "A hand-over names another clerk.");
        }

        var isClerkOfChain = ChainPoints(state).Any(code => context.Point(code)?.Windows.Any(w => w.IsStaffedBy(to)) == true);
        if (!isClerkOfChain)
        {
            throw DomainException.NotFound("toClerkId", "clerk.unknown", $"{to} is not a clerk of a point this matter passes through.");
        }

        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var change = new MatterChange(state, context.Now, actor.Id);
        var by = actor.Id == from ? string.Empty : $"（中心主任 {actor.Id} 指定）";
        change.Record("HandedOver", state with { OwnerClerkId = to, LastCommandFingerprint = context.Fingerprint }, $"首问负责移交 {from} → {to}{by}{(note is null ? string.Empty : "：" + note)}");
        return change;
    }

    /// <summary>The window's clerk on duty takes the matter (A away: B; A back: new matters only). Empty when nothing changes.</summary>
    public static MatterChange AssignHandler(MatterState state, string windowId, string clerkId, MatterContext context)
    {
        if (windowId != state.WindowId)
        {
            throw DomainException.Invalid("windowId", "window.other", $"Matter {state.ReceiptNumber} belongs to window {state.WindowId}.");
        }

        var change = new MatterChange(state, context.Now, clerkId);
        if (!state.IsClosed && state.HandlerClerkId != clerkId)
        {
            change.Record("HandlerChanged", state with { HandlerClerkId = clerkId }, $"AB岗: {state.HandlerClerkId} → {clerkId}");
        }

        return change;
    }
}
