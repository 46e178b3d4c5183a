using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.OnlineFiling;
using Network.Grains.Oversight;

namespace Network.Grains.OnlineFiling.Rules;

/// <summary>
/// The point's pre-examination (预审), within one working day of the submission: accept (it becomes
/// a matter at the item's window, with the uploaded materials, its deadline counted from the
/// acceptance), notify once everything missing (一次性告知), or refuse with a reason (不予受理).
/// A pre-examination not done in time is flagged red (电子监察).
/// </summary>
public static partial class OnlineApplicationRules
{
    /// <summary>
    /// The receipt number of the matter an application becomes: the application's point, day and
    /// tail, so an acceptance retried after a lost answer reaches the same matter (whose intake
    /// answers a repeated request with the matter as it stands) instead of opening a second one.
    /// </summary>
    public static string ReceiptNumberOf(string applicationNumber)
    {
        var point = CaseNumber.PointOf(OnlineApplicationNumber.Prefix, applicationNumber);
        var parts = applicationNumber.Split('-');
        return $"{point.Value}-{parts[1][OnlineApplicationNumber.Prefix.Length..]}-{parts[2]}";
    }

    /// <summary>
    /// What the matter's intake is asked: the item's point and window, the accepting clerk, the
    /// applicant and the materials uploaded. Refused unless the actor may accept now and every
    /// required material has a file (else the one-time notice is the answer).
    /// </summary>
    public static IntakeRequest IntakeFor(OnlineApplicationState state, AcceptOnlineApplicationCommand command, OversightContext context)
    {
        OnlineApplicationPolicy.Ensure(state, command.Actor, OnlineApplicationAction.Accept, context);
        if (state.MaterialsWithoutFile is { Count: > 0 } missing)
        {
            throw DomainException.Conflict(
                "onlineApplication.materialsMissing",
                $"No file was uploaded for {string.Join("、", missing)}: tell the applicant once what is missing instead of accepting.",
                "files");
        }

        return new IntakeRequest(state.PointCode, state.WindowId, command.Actor with { WindowId = state.WindowId }, state.ItemId, state.Applicant, state.RequiredMaterials);
    }

    /// <summary>The acceptance, once the matter is taken in: its receipt number, its progress code and its deadline (from the acceptance).</summary>
    public static OversightChange<OnlineApplicationState> Accepted(OnlineApplicationState state, AcceptOnlineApplicationCommand command, MatterView matter, OversightContext context)
    {
        OnlineApplicationPolicy.Ensure(state, command.Actor, OnlineApplicationAction.Accept, context);
        var change = new OversightChange<OnlineApplicationState>(state, context.Now, command.Actor.Id);
        change.Record(
            "Accepted",
            state with
            {
                Status = OnlineApplicationStatus.Accepted,
                ReceiptNumber = matter.ReceiptNumber,
                MatterProgressCode = matter.ProgressCode,
                MatterDueDate = matter.DueDate,
                ExaminedBy = command.Actor.Id,
                UpdatedAt = context.Now,
                LastCommandFingerprint = context.Fingerprint,
            },
            $"预审通过，予以受理，办件回执号 {matter.ReceiptNumber}" + (matter.DueDate is { } due ? $"，承诺 {due:yyyy-MM-dd} 前办结" : string.Empty));
        return change;
    }

    /// <summary>The one-time notice: every missing material at once (from the item's list), with a note; the applicant adds files and resubmits.</summary>
    public static OversightChange<OnlineApplicationState> NotifyMissing(OnlineApplicationState state, NotifyMissingMaterialsCommand command, OversightContext context)
    {
        OnlineApplicationPolicy.Ensure(state, command.Actor, OnlineApplicationAction.NotifyMissing, context);
        var missing = new List<string>();
        foreach (var material in command.Missing ?? [])
        {
            var name = Require.Text(material, "missing", 100);
            if (!state.RequiredMaterials.Contains(name, StringComparer.Ordinal))
            {
                throw DomainException.Invalid("missing", "materials.unknown", $"'{name}' is not among the materials of {state.ItemName}: {string.Join("、", state.RequiredMaterials)}.");
            }

            if (!missing.Contains(name, StringComparer.Ordinal))
            {
                missing.Add(name);
            }
        }

        if (missing.Count == 0)
        {
            throw DomainException.Invalid("missing", "materials.required", "Name every material that is missing or unusable.");
        }

        var note = Require.Text(command.Note, "note", MaxText);
        var change = new OversightChange<OnlineApplicationState>(state, context.Now, command.Actor.Id);
        change.Record(
            "MissingNotified",
            state with
            {
                Status = OnlineApplicationStatus.NeedsMaterials,
                NoticeMissing = missing,
                NoticeNote = note,
                NoticesIssued = state.NoticesIssued + 1,
                Flag = FlagLevel.None,
                ExaminedBy = command.Actor.Id,
                UpdatedAt = context.Now,
                LastCommandFingerprint = context.Fingerprint,
            },
            $"一次性告知：需补正 {string.Join("、", missing)}");
        return change;
    }

    public static OversightChange<OnlineApplicationState> Refuse(OnlineApplicationState state, RefuseOnlineApplicationCommand command, OversightContext context)
    {
        OnlineApplicationPolicy.Ensure(state, command.Actor, OnlineApplicationAction.Refuse, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var basis = string.IsNullOrWhiteSpace(command.LegalBasis) ? null : Require.Text(command.LegalBasis, "legalBasis", 200);
        var change = new OversightChange<OnlineApplicationState>(state, context.Now, command.Actor.Id);
        change.Record(
            "Refused",
            state with
            {
                Status = OnlineApplicationStatus.Refused,
                RefusalReason = reason,
                RefusalLegalBasis = basis,
                ExaminedBy = command.Actor.Id,
                UpdatedAt = context.Now,
                LastCommandFingerprint = context.Fingerprint,
            },
            $"不予受理：{reason}" + (basis is null ? string.Empty : $"（依据：{basis}）"));
        return change;
    }

    /// <summary>The red flag of a pre-examination not done by its day; nothing when it is on time or flagged already.</summary>
    public static OversightChange<OnlineApplicationState> CheckDeadlines(OnlineApplicationState state, OversightContext context)
    {
        var change = new OversightChange<OnlineApplicationState>(state, context.Now, Actor.Supervision.Id);
        if (state.Status == OnlineApplicationStatus.Submitted && state.PreExamineBy is { } due && context.Today > due && state.Flag != FlagLevel.Red)
        {
            change.Record("PreExaminationLate", state with { Flag = FlagLevel.Red, UpdatedAt = context.Now }, OversightDeadlines.Describe(FlagLevel.Red, "网上申报预审", due));
        }

        return change;
    }

    /// <summary>The day the sweep next looks at it: the day after the pre-examination is due, while it waits and is not flagged.</summary>
    public static DateOnly? NextCheck(OnlineApplicationState state) =>
        state.Status == OnlineApplicationStatus.Submitted && state.Flag != FlagLevel.Red && state.PreExamineBy is { } due ? due.AddDays(1) : null;

    /// <summary>
    /// Open311's status: open while it is filled in, waits or lacks materials; once accepted, as
    /// long as its matter is open (<paramref name="matterOpen"/>; a matter not found counts as
    /// open); closed once refused. The note says where it stands in words (no personal data).
    /// </summary>
    public static OnlineApplicationPublicStatus PublicStatus(OnlineApplicationState state, bool? matterOpen)
    {
        var open = state.Status switch
        {
            OnlineApplicationStatus.Refused => false,
            OnlineApplicationStatus.Accepted => matterOpen ?? true,
            _ => true,
        };
        var notes = state.Status switch
        {
            OnlineApplicationStatus.Draft => "填报中，尚未提交",
            OnlineApplicationStatus.Submitted => $"已提交，待预审（预审期限 {state.PreExamineBy:yyyy-MM-dd}）" + (state.Flag == FlagLevel.Red ? "，预审已超期" : string.Empty),
            OnlineApplicationStatus.NeedsMaterials => $"需补正材料：{string.Join("、", state.NoticeMissing)}",
            OnlineApplicationStatus.Refused => $"不予受理：{state.RefusalReason}",
            _ => open
                ? $"已受理，办件回执号 {state.ReceiptNumber}" + (state.MatterDueDate is { } due ? $"，承诺 {due:yyyy-MM-dd} 前办结" : string.Empty)
                : $"已办结，办件回执号 {state.ReceiptNumber}",
        };
        var expected = state.Status switch
        {
            OnlineApplicationStatus.Submitted => state.PreExamineBy,
            OnlineApplicationStatus.Accepted when open => state.MatterDueDate,
            _ => null,
        };
        return new OnlineApplicationPublicStatus(
            state.Number, state.PointCode, state.PointName, state.ItemId, state.ItemName, open, notes, state.StartedAt, state.UpdatedAt, expected);
    }
}
