using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// Notices of missing materials during handling: the clerk's one-time notice (一次性告知), and a
/// further notice only with the director's approval and a reason (<see cref="OneTimeNoticeRule"/>).
/// A notice stops the clock and opens an interval in <see cref="MatterState.Pauses"/>; a request
/// waiting for the director changes nothing but the request itself.
/// </summary>
public static partial class MatterRules
{
    public static MatterChange RequestSupplement(MatterState state, RequestSupplementCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.RequestSupplement, context);
        var missing = NamedMissing(command.Missing, state, "missing");
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "SupplementRequested",
            Paused(state, missing, context, command.Actor.Id, null, null),
            $"一次性告知：需补正 {string.Join("、", missing)}；暂停计时");
        return change;
    }

    public static MatterChange AskSupplementApproval(MatterState state, AskSupplementApprovalCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.AskSupplementApproval, context);
        var missing = NamedMissing(command.Missing, state, "missing");
        var reason = Require.Text(command.Reason, "reason", 500);
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "SupplementApprovalAsked",
            state with
            {
                PendingSupplement = new SupplementApprovalRequest(missing, reason, command.Actor.Id, context.Now),
                LastCommandFingerprint = context.Fingerprint,
            },
            $"申请再次告知（待负责人批准，计时不停）：需补正 {string.Join("、", missing)}；理由：{reason}");
        return change;
    }

    public static MatterChange ApproveSupplement(MatterState state, ApproveSupplementCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.ApproveSupplement, context);
        var pending = state.PendingSupplement;
        var asked = command.Missing is { Count: > 0 } ? command.Missing : pending?.Missing ?? [];
        var missing = NamedMissing(asked, state, "missing");
        var reason = Require.Text(command.Reason, "reason", 500);
        var director = command.Actor.Id;
        var change = new MatterChange(state, context.Now, director);
        var number = OneTimeNoticeRule.Issued(state) + 1;
        change.Record(
            "SupplementApproved",
            Paused(state, missing, context, pending?.ClerkId ?? director, director, reason),
            $"负责人批准第 {number} 次告知{(pending is null ? string.Empty : $"（{pending.ClerkId} 申请）")}：需补正 {string.Join("、", missing)}；理由：{reason}；暂停计时");
        return change;
    }

    public static MatterChange RefuseSupplement(MatterState state, RefuseSupplementCommand command, MatterContext context)
    {
        MatterPolicy.Ensure(state, command.Actor, MatterAction.RefuseSupplement, context);
        var reason = Require.Text(command.Reason, "reason", 500);
        var pending = state.PendingSupplement!;
        var change = new MatterChange(state, context.Now, command.Actor.Id);
        change.Record(
            "SupplementRefused",
            state with { PendingSupplement = null, LastCommandFingerprint = context.Fingerprint },
            $"负责人不予批准再次告知（{pending.ClerkId} 申请补正 {string.Join("、", pending.Missing)}）：{reason}；计时继续");
        return change;
    }

    /// <summary>The materials a notice names: at least one, each among the item's required materials.</summary>
    private static IReadOnlyList<string> NamedMissing(IReadOnlyList<string>? named, MatterState state, string field)
    {
        var missing = CheckMaterials(named, state.RequiredMaterials, field);
        return missing.Count > 0
            ? missing
            : throw DomainException.Invalid(field, "materials.required", "Name every material that is missing, all at once (一次性告知).");
    }

    /// <summary>The matter waiting for the citizen with a new notice: the clock stops today and a pause interval opens.</summary>
    private static MatterState Paused(MatterState state, IReadOnlyList<string> missing, MatterContext context, string clerkId, string? approvedBy, string? reason) =>
        state with
        {
            Status = MatterStatus.AwaitingSupplement,
            MaterialsHandedIn = state.MaterialsHandedIn.Except(missing, StringComparer.Ordinal).ToArray(),
            Notice = new MissingMaterialsNotice(state.ReceiptNumber, state.PointName, state.ItemName, missing, context.Now, clerkId),
            NoticesIssued = OneTimeNoticeRule.Issued(state) + 1,
            PausedSince = context.Today,
            Pauses = [.. state.Pauses, new ClockPause(context.Today, null, 0, approvedBy, reason)],
            PendingSupplement = null,
            LastCommandFingerprint = context.Fingerprint,
        };
}
