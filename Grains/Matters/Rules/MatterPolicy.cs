using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// Who may do what to a matter, in which state: the one place this is decided. Pure: it reads the
/// matter, the actor and the profiles of the points in the context (who staffs which window, who
/// directs a point, who is a proxy agent). A refusal says first who may not act (403: the role,
/// or the jurisdiction — point or window), then what the state does not allow (409).
/// The grain asks it before every read and change; views list the actions it allows.
/// </summary>
public static class MatterPolicy
{
    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now; otherwise why not.</summary>
    public static DomainException? Check(
        MatterState state, Actor actor, MatterAction action, MatterContext context, string? partPointCode = null, string? partWindowId = null) =>
        action switch
        {
            MatterAction.Read => CanRead(state, actor) ? null : Jurisdiction("receiptNumber", $"Matter {state.ReceiptNumber} is outside the jurisdiction of {actor}."),
            MatterAction.SupplyMaterials => AtMatterWindow(state, actor, context)
                ?? When(state.Status == MatterStatus.AwaitingSupplement, state, "supply materials to"),
            MatterAction.RequestSupplement => AtMatterWindow(state, actor, context)
                ?? When(IsHandledWithClock(state), state, "request a supplement for")
                ?? OneTimeNoticeRule.ClerkMayNotIssue(state, context),
            MatterAction.AskSupplementApproval => AtMatterWindow(state, actor, context)
                ?? When(IsHandledWithClock(state), state, "ask for a further notice on")
                ?? OneTimeNoticeRule.FurtherNoticeNeeded(state, context)
                ?? (state.PendingSupplement is null ? null : Refusal.Conflict("notice.approvalPending", $"A request for a further notice on matter {state.ReceiptNumber} is already waiting for the director.", "missing")),
            MatterAction.ApproveSupplement => DirectsMatterPoint(state, actor, context, false, "approve a further notice")
                ?? When(IsHandledWithClock(state), state, "issue a further notice on")
                ?? OneTimeNoticeRule.FurtherNoticeNeeded(state, context),
            MatterAction.RefuseSupplement => DirectsMatterPoint(state, actor, context, false, "refuse a further notice")
                ?? When(IsHandledWithClock(state), state, "refuse a further notice on")
                ?? (state.PendingSupplement is not null ? null : Refusal.Conflict("notice.noPendingRequest", $"No request for a further notice on matter {state.ReceiptNumber} is waiting.", "status")),
            MatterAction.Extend => DirectsMatterPoint(state, actor, context, true, "extend a matter's limit") ?? ExtensionRule.When(state, context),
            MatterAction.Complete => AtMatterWindow(state, actor, context) ?? CompleteWhen(state),
            MatterAction.Return => AtMatterWindow(state, actor, context)
                ?? When(state.Status is MatterStatus.InProgress or MatterStatus.AwaitingSupplement, state, "return"),
            MatterAction.Deliver => AtMatterWindow(state, actor, context)
                ?? When(state.Status == MatterStatus.ResultReady && state.Decision is not null, state, "deliver the result of"),
            MatterAction.HandUp => HandUpWho(state, actor, context) ?? HandUpWhen(state),
            MatterAction.HandBack => AtPointHolding(state, actor, context)
                ?? When(state.Status == MatterStatus.HandedUp && state.CurrentPointCode != state.PointCode, state, "hand back"),
            MatterAction.Decide => AtPointHolding(state, actor, context) ?? DecideWhen(state) ?? AtDecidingWindow(state, actor, context),
            MatterAction.HandOver => HandOverWho(state, actor, context) ?? When(!state.IsClosed, state, "hand over"),
            MatterAction.CompletePart or MatterAction.ReturnPart => PartWho(actor, context, partPointCode, partWindowId) ?? PartWhen(state, partPointCode, partWindowId),
            MatterAction.CheckDeadlines => actor.Role is ActorRole.WindowClerk or ActorRole.CenterDirector or ActorRole.ProxyAgent
                ? Check(state, actor, MatterAction.Read, context)
                : Role(actor, "check deadlines"),
            _ => Role(actor, action.ToString()),
        };

    /// <summary>Throws the refusal, if any.</summary>
    public static void Ensure(MatterState state, Actor actor, MatterAction action, MatterContext context, string? partPointCode = null, string? partWindowId = null)
    {
        if (Check(state, actor, action, context, partPointCode, partWindowId) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Every action (besides reading) <paramref name="actor"/> may take now, part actions once per open part.</summary>
    public static IReadOnlyList<AllowedAction> Allowed(MatterState state, Actor actor, MatterContext context)
    {
        var allowed = new List<AllowedAction>();
        if (state.IsClosed || !CanRead(state, actor))
        {
            return allowed;
        }

        // Only whether each action is refused matters here: the refusals are not built (Refusal).
        return Refusal.WhetherOnly((state, actor, context, allowed), static a =>
        {
            var (state, actor, context, allowed) = a;
            foreach (var action in WholeMatterActions)
            {
                if (Check(state, actor, action, context) is null)
                {
                    allowed.Add(new AllowedAction(action));
                }
            }

            foreach (var part in state.Parts)
            {
                if (part.Status != JointPartStatus.Open)
                {
                    continue;
                }

                foreach (var action in (ReadOnlySpan<MatterAction>)[MatterAction.CompletePart, MatterAction.ReturnPart])
                {
                    if (Check(state, actor, action, context, part.PointCode, part.WindowId) is null)
                    {
                        allowed.Add(new AllowedAction(action, part.PointCode, part.WindowId));
                    }
                }
            }

            return allowed;
        });
    }

    /// <summary>A matter is readable from every point it involves: intake, current, the chain, the joint parts.</summary>
    public static bool CanRead(MatterState state, Actor actor) =>
        actor.Role != ActorRole.System && Involves(state, actor, static (a, point) => a.Reaches(point));

    /// <summary>
    /// Whether one of <see cref="PointsOf"/> matches, without building the list (every view asks
    /// <see cref="CanRead"/> two or three times); the static matcher takes its argument, so no closure either.
    /// </summary>
    private static bool Involves<TArg>(MatterState state, TArg arg, Func<TArg, string, bool> matches)
    {
        foreach (var hop in state.Hops)
        {
            if (matches(arg, hop.PointCode))
            {
                return true;
            }
        }

        foreach (var part in state.Parts)
        {
            if (matches(arg, part.PointCode))
            {
                return true;
            }
        }

        return matches(arg, state.PointCode) || matches(arg, state.CurrentPointCode);
    }

    public static IEnumerable<string> PointsOf(MatterState state) =>
        state.Hops.Select(h => h.PointCode)
            .Concat(state.Parts.Select(p => p.PointCode))
            .Append(state.PointCode)
            .Append(state.CurrentPointCode)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Refuses the network's own actor on the public contract: only the silos act as the system, through internal calls.</summary>
    public static void EnsureNotSystem(Actor? actor) => Cases.ActorGate.EnsureNotSystem(actor);

    /// <summary>A window clerk of <paramref name="pointCode"/> staffing <paramref name="windowId"/> (A or B), or why not.</summary>
    public static DomainException? StaffsWindow(Actor actor, MatterContext context, string pointCode, string windowId)
    {
        if (actor.Role != ActorRole.WindowClerk)
        {
            return Role(actor, $"work at window {windowId}");
        }

        if (actor.PointCode != pointCode)
        {
            return Jurisdiction("pointCode", $"Clerk {actor.Id} works at {actor.PointCode}, not at {pointCode}.");
        }

        var staffed = context.Point(pointCode)?.FindWindow(windowId)?.IsStaffedBy(actor.Id) == true
            && (actor.WindowId is null || actor.WindowId == windowId);
        return staffed ? null : Jurisdiction("windowId", $"Clerk {actor.Id} is neither the A nor the B clerk of window '{windowId}' at {pointCode}.");
    }

    /// <summary>A window clerk of any window at <paramref name="pointCode"/>, or why not.</summary>
    public static DomainException? StaffsPoint(Actor actor, MatterContext context, string pointCode)
    {
        if (actor.Role != ActorRole.WindowClerk)
        {
            return Role(actor, $"work at {pointCode}");
        }

        var staffed = actor.PointCode == pointCode && context.Point(pointCode)?.Windows.Any(w => w.IsStaffedBy(actor.Id)) == true;
        return staffed
            ? ClaimedWindow(actor, context)
            : Jurisdiction("pointCode", $"Clerk {actor.Id} is not a clerk of {pointCode}, which holds the matter.");
    }

    /// <summary>A clerk whose actor names a window (A or B) must staff that window at their point; null when it names none.</summary>
    private static DomainException? ClaimedWindow(Actor actor, MatterContext context) =>
        actor.WindowId is not { } windowId || context.Point(actor.PointCode)?.FindWindow(windowId)?.IsStaffedBy(actor.Id) == true
            ? null
            : Jurisdiction("windowId", $"Clerk {actor.Id} is neither the A nor the B clerk of window '{windowId}' at {actor.PointCode}.");

    private static readonly MatterAction[] WholeMatterActions =
    [
        MatterAction.SupplyMaterials, MatterAction.RequestSupplement, MatterAction.Complete, MatterAction.Return,
        MatterAction.HandUp, MatterAction.HandBack, MatterAction.Decide, MatterAction.Deliver, MatterAction.HandOver,
        MatterAction.CheckDeadlines, MatterAction.AskSupplementApproval, MatterAction.ApproveSupplement, MatterAction.RefuseSupplement,
        MatterAction.Extend,
    ];

    /// <summary>Accepted and handled at the point of intake with its clock running: the state notices are issued in.</summary>
    private static bool IsHandledWithClock(MatterState state) =>
        state.Status == MatterStatus.InProgress && state.ClockStartedOn is not null;

    /// <summary>
    /// A director of the point of intake (or, when <paramref name="orHolding"/>, of the point holding
    /// the matter now), as that point's profile names its directors.
    /// </summary>
    private static DomainException? DirectsMatterPoint(MatterState state, Actor actor, MatterContext context, bool orHolding, string what)
    {
        if (actor.Role != ActorRole.CenterDirector)
        {
            return Role(actor, what);
        }

        var directs = (actor.PointCode == state.PointCode || (orHolding && actor.PointCode == state.CurrentPointCode))
            && context.Point(actor.PointCode)?.IsDirector(actor.Id) == true;
        return directs ? null : Jurisdiction("pointCode", $"Director {actor.Id} of {actor.PointCode} does not direct the point of matter {state.ReceiptNumber}.");
    }

    /// <summary>Work at the matter's own window at the point of intake (A or B clerk).</summary>
    private static DomainException? AtMatterWindow(MatterState state, Actor actor, MatterContext context) =>
        StaffsWindow(actor, context, state.PointCode, state.WindowId);

    /// <summary>Work at the point that holds the matter now (any of its window clerks).</summary>
    private static DomainException? AtPointHolding(MatterState state, Actor actor, MatterContext context) =>
        StaffsPoint(actor, context, state.CurrentPointCode);

    /// <summary>
    /// A handed-up matter is decided only by the window that handles its item at the point holding
    /// it, as that point's catalog says (a city's tax clerk does not decide a civil-affairs matter):
    /// 403 <c>auth.jurisdiction</c> on <c>windowId</c> for a clerk of another window; 409
    /// <c>matter.noDecidingWindow</c> on <c>itemId</c> when the catalog there names no such item.
    /// </summary>
    private static DomainException? AtDecidingWindow(MatterState state, Actor actor, MatterContext context)
    {
        var here = state.CurrentPointCode;
        if (context.DecidingItem(here, state.ItemId) is not { } item)
        {
            return Refusal.Conflict(
                "matter.noDecidingWindow",
                $"The catalog of {context.Point(here)?.Name ?? here} names no item that decides {state.ItemName} ({state.ItemId}); publish it there or hand the matter back.",
                "itemId");
        }

        return StaffsWindow(actor, context, here, item.WindowId) is null
            ? null
            : Jurisdiction("windowId", $"{state.ItemName} is decided at {context.Point(here)?.Name ?? here} by window '{item.WindowId}' ({item.Name}); {actor.Id} is not its A or B clerk.");
    }

    private static DomainException? CompleteWhen(MatterState state)
    {
        if (state.Status != MatterStatus.InProgress)
        {
            return IllegalTransition(state, "complete");
        }

        if (state.Kind == MatterKind.Joint)
        {
            return Refusal.Conflict("matter.joint", "A joint matter completes when every window has completed its part.", "status");
        }

        return state.DecidingTier > DivisionCode.Parse(state.PointCode).Tier
            ? Refusal.Conflict("matter.mustHandUp", $"{state.ItemName} is decided by the {state.DecidingTier} tier: hand it up.", "status")
            : null;
    }

    /// <summary>
    /// At the point of intake, its window's clerk or (at a village) a proxy agent of the village;
    /// higher up, any clerk of the point holding it.
    /// </summary>
    private static DomainException? HandUpWho(MatterState state, Actor actor, MatterContext context)
    {
        var here = state.CurrentPointCode;
        if (actor.Role == ActorRole.ProxyAgent)
        {
            var agentHere = actor.PointCode == here
                && DivisionCode.Parse(here).Tier == Tier.Village
                && context.Point(here)?.IsProxyAgent(actor.Id) == true;
            return agentHere ? null : Jurisdiction("pointCode", $"Proxy agent {actor.Id} may hand up only matters held at their own village.");
        }

        return here == state.PointCode ? AtMatterWindow(state, actor, context) : AtPointHolding(state, actor, context);
    }

    private static DomainException? HandUpWhen(MatterState state)
    {
        var atOrigin = state.CurrentPointCode == state.PointCode;
        if (!(atOrigin ? state.Status == MatterStatus.InProgress : state.Status == MatterStatus.HandedUp))
        {
            return IllegalTransition(state, "hand up");
        }

        var here = DivisionCode.Parse(state.CurrentPointCode);
        return here.Tier >= state.DecidingTier
            ? Refusal.Conflict("matter.decidedHere", $"{state.ItemName} is decided by the {state.DecidingTier} tier; {here} decides it, it is not handed further.", "status")
            : null;
    }

    private static DomainException? DecideWhen(MatterState state)
    {
        if (state.Status != MatterStatus.HandedUp)
        {
            return IllegalTransition(state, "decide");
        }

        return DivisionCode.Parse(state.CurrentPointCode).Tier < state.DecidingTier
            ? Refusal.Conflict("matter.notDecidingTier", $"{state.ItemName} is decided by the {state.DecidingTier} tier; hand it up.", "status")
            : null;
    }

    /// <summary>The owner (a clerk at a point the matter passes through), or a director of its point of intake or of the point holding it.</summary>
    private static DomainException? HandOverWho(MatterState state, Actor actor, MatterContext context)
    {
        if (actor.Role == ActorRole.CenterDirector)
        {
            var directs = (actor.PointCode == state.PointCode || actor.PointCode == state.CurrentPointCode)
                && context.Point(actor.PointCode)?.IsDirector(actor.Id) == true;
            return directs ? null : Jurisdiction("receiptNumber", $"Director {actor.Id} may hand over only matters of {actor.PointCode}.");
        }

        if (actor.Role != ActorRole.WindowClerk)
        {
            return Role(actor, "hand a matter over");
        }

        if (!Involves(state, actor.PointCode, static (own, point) => own == point) || context.Point(actor.PointCode)?.Windows.Any(w => w.IsStaffedBy(actor.Id)) != true)
        {
            return Jurisdiction("receiptNumber", $"Clerk {actor.Id} works at none of the points matter {state.ReceiptNumber} passes through.");
        }

        if (ClaimedWindow(actor, context) is { } wrongWindow)
        {
            return wrongWindow;
        }

        return actor.Id == state.OwnerClerkId
            ? null
            : Refusal.Forbidden("actor", "owner.notOwner", $"Only the owner ({state.OwnerClerkId}) or a director of the point can hand matter {state.ReceiptNumber} over.");
    }

    private static DomainException? PartWho(Actor actor, MatterContext context, string? pointCode, string? windowId) =>
        pointCode is null || windowId is null
            ? Refusal.Invalid("windowId", "part.required", "Name the joint part's point and window.")
            : StaffsWindow(actor, context, pointCode, windowId);

    private static DomainException? PartWhen(MatterState state, string? pointCode, string? windowId)
    {
        if (state.Kind != MatterKind.Joint)
        {
            return Refusal.Conflict("matter.notJoint", $"Matter {state.ReceiptNumber} is not a joint matter.", "status");
        }

        if (state.Status != MatterStatus.InProgress)
        {
            return IllegalTransition(state, "work on a part of");
        }

        var part = state.Parts.FirstOrDefault(p => p.PointCode == pointCode && p.WindowId == windowId);
        if (part is null)
        {
            return Refusal.NotFound("windowId", "part.unknown", $"Matter {state.ReceiptNumber} has no part at {pointCode}/{windowId}.");
        }

        return part.Status == JointPartStatus.Open
            ? null
            : Refusal.Conflict("part.closed", $"The part at {pointCode}/{windowId} is already {part.Status}.", "windowId");
    }

    private static DomainException? When(bool allowed, MatterState state, string verb) =>
        allowed ? null : IllegalTransition(state, verb);

    public static DomainException IllegalTransition(MatterState state, string verb) =>
        Refusal.Conflict("matter.illegalTransition", $"Cannot {verb} matter {state.ReceiptNumber}: it is {state.Status}.", "status");

    private static DomainException Role(Actor actor, string what) =>
        Refusal.Forbidden("role", "auth.role", $"A {actor.Role} cannot {what}; {actor.Id} is a {actor.Role}.");

    private static DomainException Role(Actor actor, RefusalText what) =>
        Role(actor, Refusal.OnlyWhether ? string.Empty : what.ToStringAndClear());

    private static DomainException Jurisdiction(string field, RefusalText message) =>
        Refusal.Forbidden(field, "auth.jurisdiction", message);
}
