using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters;

/// <summary>
/// Proxy hand-off (代办): a matter the point of intake may not decide is carried up the tiers —
/// village → township → city — and the decision comes back down the same chain. The matter is one
/// grain wherever it is; "where it is" is <see cref="MatterState.CurrentPointCode"/>, and every
/// point it passes records when it received and passed it, in the matter and in the ledger.
/// </summary>
public sealed partial class MatterGrain
{
    public async Task<MatterView> HandUp(HandUpCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        var from = DivisionCode.Parse(command.FromPointCode, "fromPointCode");
        if (replay || AlreadyPassedUp(state, from.Value))
        {
            // A retried hand-off (a timeout, a restart): the matter already left that point.
            return state.ToView();
        }

        if (state.CurrentPointCode != from.Value)
        {
            throw DomainException.Conflict("matter.notHere", $"Matter {state.ReceiptNumber} is at {state.CurrentPointCode}, not at {from}.", "fromPointCode");
        }

        var atOrigin = from.Value == state.PointCode;
        if (!(atOrigin ? state.Status == MatterStatus.InProgress : state.Status == MatterStatus.HandedUp))
        {
            throw IllegalTransition(state, "hand up");
        }

        if (from.Tier >= state.DecidingTier)
        {
            throw DomainException.Conflict("matter.decidedHere", $"{state.ItemName} is decided by the {state.DecidingTier} tier; {from} decides it, it is not handed further.", "fromPointCode");
        }

        var parent = from.Parent!.Value;
        var fromProfile = await PointProfileAsync(from.Value, "fromPointCode");
        var actorIsAgent = from.Tier == Tier.Village && fromProfile.IsProxyAgent(command.ClerkId ?? string.Empty);
        var clerkId = actorIsAgent ? command.ClerkId! : await CheckClerkAsync(command.ClerkId, from.Value, atOrigin ? state.WindowId : null);
        var parentProfile = await PointProfileAsync(parent.Value, "fromPointCode");
        var agent = state.ProxyAgentId;
        if (from.Tier == Tier.Village)
        {
            // A proxy agent carries the matter up (代办员); signed in themself, they are the one.
            var agentId = actorIsAgent ? clerkId : Require.Text(command.ProxyAgentId, "proxyAgentId", 64);
            agent = fromProfile.ProxyAgents.Any(p => p.Id == agentId)
                ? agentId
                : throw DomainException.Invalid("proxyAgentId", "proxyAgent.unknown", $"{agentId} is not a proxy agent (代办员) of {fromProfile.Name}.");
        }

        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        var hops = PassOn(state.Hops, state, from.Value, change.At).Append(new ProxyHop(parent.Value, HopDirection.Up, change.At, null)).ToArray();
        var moved = state with
        {
            Status = MatterStatus.HandedUp,
            CurrentPointCode = parent.Value,
            ProxyAgentId = agent,
            Hops = hops,
            LastCommandFingerprint = fingerprint,
        };
        change.Record("PassedUp", moved, $"报送{parentProfile.Name}{(agent is null ? string.Empty : $"，代办员 {agent}")}{(note is null ? string.Empty : "：" + note)}", from.Value, atOrigin ? state.WindowId : null);
        change.Record("ReceivedFromBelow", moved, $"接收 {from} 上报", parent.Value, null);
        return await CommitAsync(change);
    }

    public async Task<MatterView> HandBack(HandBackCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var from = DivisionCode.Parse(command.FromPointCode, "fromPointCode");
        if (state.Status != MatterStatus.HandedUp || state.CurrentPointCode != from.Value)
        {
            throw DomainException.Conflict("matter.notHere", $"Matter {state.ReceiptNumber} is not held at {from} for a decision.", "fromPointCode");
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, from.Value, null);
        var reason = Require.Text(command.Reason, "reason", 500);
        var below = BelowOnChain(state, from.Value);
        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        var backAtOrigin = below == state.PointCode;
        var moved = state with
        {
            Status = backAtOrigin ? MatterStatus.InProgress : MatterStatus.HandedUp,
            CurrentPointCode = below,
            Hops = PassOn(state.Hops, state, from.Value, change.At).Append(new ProxyHop(below, HopDirection.Down, change.At, null)).ToArray(),
            LastCommandFingerprint = fingerprint,
        };
        change.Record("HandedBack", moved, reason, from.Value, null);
        change.Record("ReceivedFromAbove", moved, $"{from} 退回：{reason}", below, backAtOrigin ? state.WindowId : null);
        return await CommitAsync(change);
    }

    public async Task<MatterView> Decide(DecideCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var here = DivisionCode.Parse(state.CurrentPointCode);
        if (state.Status != MatterStatus.HandedUp)
        {
            throw IllegalTransition(state, "decide");
        }

        if (here.Tier < state.DecidingTier)
        {
            throw DomainException.Conflict("matter.notDecidingTier", $"{state.ItemName} is decided by the {state.DecidingTier} tier; hand it up.", "status");
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, here.Value, null);
        var now = ChinaTime.Now(time);
        var decision = command.Approve
            ? new MatterOutcome(MatterStatus.Completed, now, clerkId, command.ResultNote is null ? null : Require.Text(command.ResultNote, "resultNote", 500), null, null)
            : new MatterOutcome(MatterStatus.Returned, now, clerkId, null, Require.Text(command.Reason, "reason", 500), Require.Text(command.LegalBasis, "legalBasis", 500));

        // The result travels down the chain the matter came up, one hop per point, in this commit.
        var change = new MatterChange(state, now, clerkId);
        var hops = state.Hops.ToList();
        var current = state with { Decision = decision, LastCommandFingerprint = fingerprint };
        current = change.Record("Decided", current, command.Approve ? decision.ResultNote ?? "准予" : $"不予：{decision.Reason}（{decision.LegalBasis}）", here.Value, null);
        for (var at = here.Value; at != state.PointCode;)
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

        return await CommitAsync(change);
    }

    public async Task<MatterView> Deliver(DeliverCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, state.PointCode, state.WindowId);
        if (state.Status != MatterStatus.ResultReady || state.Decision is not { } decision)
        {
            throw IllegalTransition(state, "deliver the result of");
        }

        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        change.Record(
            "Delivered",
            state with
            {
                Status = decision.Status,
                Outcome = decision with { At = change.At },
                Hops = PassOn(state.Hops, state, state.PointCode, change.At).ToArray(),
                LastCommandFingerprint = fingerprint,
            },
            decision.Status == MatterStatus.Completed ? "办理结果已送达申请人" : $"不予决定已送达申请人：{decision.Reason}");
        return await CommitAsync(change);
    }

    private static bool AlreadyPassedUp(MatterState state, string from) =>
        state.CurrentPointCode != from
        && state.Hops.Count > 0
        && state.Hops.Any(h => h.PointCode == from && h.Direction == HopDirection.Up && h.PassedAt is not null)
        && DivisionCode.Parse(state.CurrentPointCode).Tier > DivisionCode.Parse(from).Tier
        && state.Status == MatterStatus.HandedUp;

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
