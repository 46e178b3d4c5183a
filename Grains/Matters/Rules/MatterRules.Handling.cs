using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>Handling at the point of intake: supplied materials, completion, return, delivery of a higher tier's result (notices: <c>MatterRules.Notices</c>).</summary>
public static partial class MatterRules
{
    public static MatterChange SupplyMaterials(MatterState state, SupplyMaterialsCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.SupplyMaterials, context);
        var supplied = CheckMaterials(command.Materials, state.MissingMaterials, "materials");
        if (supplied.Count == 0)
        {
            throw DomainException.Invalid("materials", "materials.required", "Name at least one of the missing materials the citizen brought.");
        }

        var change = new MatterChange(state, context.Now, command.Actor.Id);
        var next = state with
        {
            MaterialsHandedIn = [.. state.MaterialsHandedIn, .. supplied],
            LastCommandFingerprint = context.Fingerprint,
        };
        var stillMissing = next.MissingMaterials;
        next = change.Record(
            "MaterialsSupplied",
            next,
            stillMissing.Count > 0 ? $"补交 {string.Join("、", supplied)}；仍缺 {string.Join("、", stillMissing)}" : $"补交 {string.Join("、", supplied)}，材料齐全");
        if (stillMissing.Count > 0)
        {
            return change;
        }

        if (next.ClockStartedOn is null)
        {
            AcceptWithAllMaterials(change, next, context);
        }
        else
        {
            ResumeClock(change, next, context);
        }

        return change;
    }

    public static MatterChange Complete(MatterState state, CompleteCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.Complete, context);
        var note = command.ResultNote is null ? null : Require.Text(command.ResultNote, "resultNote", 500);
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "Completed",
            state with
            {
                Status = MatterStatus.Completed,
                Outcome = new MatterOutcome(MatterStatus.Completed, change.At, command.Actor.Id, note, null, null),
                LastCommandFingerprint = context.Fingerprint,
            },
            note);
        return change;
    }

    public static MatterChange Return(MatterState state, ReturnCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.Return, context);
        var reason = Require.Text(command.Reason, "reason", 500);
        var legalBasis = Require.Text(command.LegalBasis, "legalBasis", 500);
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "Returned",
            state with
            {
                Status = MatterStatus.Returned,
                Outcome = new MatterOutcome(MatterStatus.Returned, change.At, command.Actor.Id, null, reason, legalBasis),
                Parts = state.Parts.Select(p => p.Status == JointPartStatus.Open ? p with { Status = JointPartStatus.Cancelled, ClosedAt = change.At } : p).ToArray(),
                LastCommandFingerprint = context.Fingerprint,
            },
            $"{reason} ({legalBasis})");
        return change;
    }

    public static MatterChange Deliver(MatterState state, DeliverCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.Deliver, context);
        var decision = state.Decision!;
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "Delivered",
            state with
            {
                Status = decision.Status,
                Outcome = decision with { At = change.At },
                Hops = PassOn(state.Hops, state, state.PointCode, change.At).ToArray(),
                LastCommandFingerprint = context.Fingerprint,
            },
            decision.Status == MatterStatus.Completed ? "办理结果已送达申请人" : $"不予决定已送达申请人：{decision.Reason}");
        return change;
    }
}
