using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// Proxy hand-off (代办): a matter the point of intake may not decide is carried up the tiers —
/// village → township → city — and the decision comes back down the same chain. "Where it is" is
/// <see cref="MatterState.CurrentPointCode"/>; every point it passes records when it received and
/// passed it, in the matter and in the ledger.
/// </summary>
public static partial class MatterRules
{
    /// <summary>
    /// True when the hand-up from <paramref name="fromPointCode"/> already happened (a retry after a
    /// timeout or restart): the matter is higher up and must not move again.
    /// </summary>
    public static bool AlreadyPassedUp(MatterState state, string fromPointCode) =>
        state.CurrentPointCode != fromPointCode
        && state.Hops.Any(h => h.PointCode == fromPointCode && h.Direction == HopDirection.Up && h.PassedAt is not null)
        && DivisionCode.Parse(state.CurrentPointCode).Tier > DivisionCode.Parse(fromPointCode).Tier
        && state.Status == MatterStatus.HandedUp;

    /// <summary>
    /// Whether the matter waits for a decision at the point holding it (handed up to its deciding
    /// tier): then the grain loads the item that decides it there (<see cref="MatterContext.DecidingItems"/>).
    /// </summary>
    public static bool AwaitsDecisionHere(MatterState state) =>
        state.Status == MatterStatus.HandedUp && DivisionCode.Parse(state.CurrentPointCode).Tier >= state.DecidingTier;

    /// <summary>The parent of the point holding the matter, which receives it on a hand-up.</summary>
    public static string? HandUpTarget(MatterState state) => DivisionCode.Parse(state.CurrentPointCode).Parent?.Value;

    public static MatterChange HandUp(MatterState state, HandUpCommand command, MatterContext context)
    {
        var actor = command.Actor;
        MatterPolicy.Ensure(state, actor, MatterAction.HandUp, context);
        var from = DivisionCode.Parse(state.CurrentPointCode);
        var atOrigin = from.Value == state.PointCode;
        var parent = from.Parent!.Value;
        var parentName = context.Point(parent.Value)?.Name ?? parent.Value;
        var agent = state.ProxyAgentId;
        if (from.Tier == Tier.Village)
        {
            // A proxy agent carries the matter up (代办员); signed in themself, they are the one.
            var fromProfile = context.Point(from.Value)!;
            var agentId = actor.Role == Interfaces.Cases.ActorRole.ProxyAgent ? actor.Id : Require.Text(command.ProxyAgentId, "proxyAgentId", 64);
            agent = fromProfile.IsProxyAgent(agentId)
                ? agentId
                : throw DomainException.Invalid("proxyAgentId", "proxyAgent.unknown", $"{agentId} is not a proxy agent (代办员) of {fromProfile.Name}.");
        }

        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var change = new MatterChange(state, context.Now, actor.Id);
        var hops = PassOn(state.Hops, state, from.Value, change.At).Append(new ProxyHop(parent.Value, HopDirection.Up, change.At, null)).ToArray();
        var moved = state with
        {
            Status = MatterStatus.HandedUp,
            CurrentPointCode = parent.Value,
            ProxyAgentId = agent,
            Hops = hops,
            LastCommandFingerprint = context.Fingerprint,
        };
        change.Record("PassedUp", moved, $"报送{parentName}{(agent is null ? string.Empty : $"，代办员 {agent}")}{(note is null ? string.Empty : "：" + note)}", from.Value, atOrigin ? state.WindowId : null);
        change.Record("ReceivedFromBelow", moved, $"接收 {from} 上报", parent.Value, null);
        return change;
    }

    public static MatterChange HandBack(MatterState state, HandBackCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.HandBack, context);
        var from = state.CurrentPointCode;
        var reason = Require.Text(command.Reason, "reason", 500);
        var below = BelowOnChain(state, from);
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        var backAtOrigin = below == state.PointCode;
        var moved = state with
        {
            Status = backAtOrigin ? MatterStatus.InProgress : MatterStatus.HandedUp,
            CurrentPointCode = below,
            Hops = PassOn(state.Hops, state, from, change.At).Append(new ProxyHop(below, HopDirection.Down, change.At, null)).ToArray(),
            LastCommandFingerprint = context.Fingerprint,
        };
        change.Record("HandedBack", moved, reason, from, null);
        change.Record("ReceivedFromAbove", moved, $"{from} 退回：{reason}", below, backAtOrigin ? state.WindowId : null);
        return change;
    }

    public static MatterChange Decide(MatterState state, DecideCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.Decide, context);
        var here = state.CurrentPointCode;
        var clerkId = command.Actor.Id;
        var now = context.Now;
        var decision = command.Approve
            ? new MatterOutcome(MatterStatus.Completed, now, clerkId, command.ResultNote is null ? null : Require.Text(command.ResultNote, "resultNote", 500), null, null)
            : new MatterOutcome(MatterStatus.Returned, now, clerkId, null, Require.Text(command.Reason, "reason", 500), Require.Text(command.LegalBasis, "legalBasis", 500));

        // The result travels down the chain the matter came up, one hop per point, in this commit.
        var change = new MatterChange(state, now, clerkId);
        var hops = state.Hops.ToList();
        var current = state with { Decision = decision, LastCommandFingerprint = context.Fingerprint };
        current = change.Record("Decided", current, command.Approve ? decision.ResultNote ?? "准予" : $"不予：{decision.Reason}（{decision.LegalBasis}）", here, null);
        for (var at = here; at != state.PointCode;)
        {
            var below = BelowOnChain(state, at);
            hops = PassOn(hops, state, at, now).Append(new ProxyHop(below, HopDirection.Down, now, null)).ToList();
            var arrived = below == state.PointCode;
            current = change.Record(
                arrived ? "ResultArrived" : "ResultRelayed",
                current with
                {
                    Status = arrived ? MatterStatus.ResultReady : MatterStatus.HandedUp,
                    CurrentPointCode = below,
                    Hops = hops.ToArray(),
                },
                $"{at} 的审批结果下传",
                below,
                arrived ? state.WindowId : null);
            at = below;
        }

        return change;
    }

    /// <summary>Marks the hop at <paramref name="point"/> as passed on (adding the origin's first hop if needed).</summary>
    private static IEnumerable<ProxyHop> PassOn(IReadOnlyList<ProxyHop> hops, MatterState state, string point, DateTimeOffset at)
    {
        var list = hops.Count == 0 ? [new ProxyHop(state.PointCode, HopDirection.Up, state.ReceivedAt, null)] : hops.ToList();
        var last = list.FindLastIndex(h => h.PointCode == point && h.PassedAt is null);
        if (last >= 0)
        {
            list[last] = list[last] with { PassedAt = at };
        }

        return list;
    }

    /// <summary>The point directly below <paramref name="point"/> on the chain between it and the point of intake.</summary>
    private static string BelowOnChain(MatterState state, string point) =>
        state.PointCode.Length > point.Length ? state.PointCode[..(point.Length == 6 ? 9 : 12)] : state.PointCode;
}
