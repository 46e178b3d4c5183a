using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters.Rules;

/// <summary>Intake (受理), the one-time notice (一次性告知) and the acceptance that starts the clock.</summary>
public static partial class MatterRules
{
    /// <summary>
    /// Takes a matter in under <paramref name="receiptNumber"/>. Materials are checked against the
    /// item: missing ones produce one notice listing all of them; an immediate matter decided here
    /// with all materials completes on the spot; anything else is accepted with a commitment slip.
    /// <paramref name="progressCode"/> is the citizen's progress code (查询码), drawn by the grain.
    /// </summary>
    public static MatterChange Accept(string receiptNumber, IntakeRequest request, ServiceItem? item, WindowDuty? duty, MatterContext context, string? progressCode = null)
    {
        var point = ReceiptNumber.PointOf(receiptNumber);
        if (request.PointCode != point.Value)
        {
            throw DomainException.Invalid("pointCode", "receipt.otherPoint", $"Receipt number {receiptNumber} was issued for point {point}, not {request.PointCode}.");
        }

        var actor = request.Actor;
        var citizen = Applicants.Check(request.Citizen);
        var profile = context.Point(point.Value)
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var window = profile.FindWindow(request.WindowId ?? string.Empty)
            ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{request.WindowId}'.");
        if (MatterPolicy.StaffsWindow(actor, context, point.Value, window.Id) is { } refusal)
        {
            throw refusal;
        }

        if (item is null)
        {
            throw DomainException.NotFound("itemId", "item.unknown", $"{profile.Name} has no service item '{request.ItemId}'.");
        }

        if (item.WindowId != window.Id)
        {
            throw DomainException.Invalid("itemId", "item.otherWindow", $"{item.Name} is taken in at window '{item.WindowId}', not at {window.Name}.");
        }

        var handedIn = CheckMaterials(request.MaterialsHandedIn, item.RequiredMaterials, "materialsHandedIn");
        var now = context.Now;
        // What MatterState.MissingMaterials will say, known before the state is built: the state is
        // built once, with its one-time notice when materials are missing.
        var missing = item.RequiredMaterials.Where(m => !handedIn.Contains(m, StringComparer.Ordinal)).ToArray();
        var notice = missing.Length > 0 ? new MissingMaterialsNotice(receiptNumber, profile.Name, item.Name, missing, now, actor.Id) : null;
        var received = new MatterState
        {
            ReceiptNumber = receiptNumber,
            PointCode = point.Value,
            PointName = profile.Name,
            WindowId = window.Id,
            ItemId = item.Id,
            ItemName = item.Name,
            ItemCode = item.Code,
            ItemVersion = item.Version,
            Kind = item.Kind,
            DecidingTier = item.DecidingTier,
            TimeLimitWorkingDays = item.TimeLimitWorkingDays,
            PartTimeLimitWorkingDays = item.PartTimeLimitWorkingDays,
            JointWindows = item.JointWindowIds,
            Status = MatterStatus.AwaitingSupplement,
            Citizen = citizen,
            ReceivedAt = now,
            FirstClerkId = actor.Id,
            OwnerClerkId = actor.Id,
            HandlerClerkId = duty?.OnDuty.Id ?? window.ClerkA.Id,
            CurrentPointCode = point.Value,
            RequiredMaterials = item.RequiredMaterials,
            MaterialsHandedIn = handedIn,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
            ProgressCode = progressCode,
            FromConsultation = request.FromConsultation,
            Notice = notice,
            NoticesIssued = notice is null ? 0 : 1,
        };

        var change = new MatterChange(null, now, actor.Id);
        if (notice is not null)
        {
            change.Record("Received", received, $"一次性告知：需补正 {string.Join("、", missing)}");
        }
        else
        {
            AcceptWithAllMaterials(change, received, context);
        }

        return change;
    }

    /// <summary>
    /// All materials are in: an immediate matter decided here completes on the spot; anything
    /// else is accepted, its clock starts, and it gets a commitment slip (and, when joint, one
    /// open part per window, each with its own deadline).
    /// </summary>
    private static void AcceptWithAllMaterials(MatterChange change, MatterState state, MatterContext context)
    {
        var today = ChinaTime.DateOf(change.At);
        var decidedHere = state.DecidingTier <= DivisionCode.Parse(state.PointCode).Tier;
        if (state.Kind == MatterKind.Immediate && decidedHere)
        {
            var accepted = state with { Status = MatterStatus.InProgress, ClockStartedOn = today };
            change.Record("Accepted", accepted, "材料齐全，予以受理");
            change.Record(
                "Completed",
                accepted with
                {
                    Status = MatterStatus.Completed,
                    Outcome = new MatterOutcome(MatterStatus.Completed, change.At, change.ActorId, "当场办结", null, null),
                },
                "即办件，当场办结");
            return;
        }

        // The accepted state in one copy: its clock, its joint parts, their deadlines and the slip at once.
        var deadlines = DeadlinesOf(today, state, state.Kind == MatterKind.Joint ? OpenParts(state) : state.Parts, context.Calendar);
        CommitmentSlip? slip = null;
        if (deadlines.Due is { } due)
        {
            slip = new CommitmentSlip(state.ReceiptNumber, state.PointName, state.ItemName, change.At, state.TimeLimitWorkingDays, due, deadlines.Provisional, change.ActorId);
        }

        var detail = slip is null ? "予以受理" : $"出具办件承诺单，承诺 {slip.DueDate:yyyy-MM-dd} 前办结{(slip.Provisional ? "（暂定）" : string.Empty)}";
        if (!decidedHere)
        {
            detail += $"；由{TierName(state.DecidingTier)}审批（代办件）";
        }

        if (deadlines.Parts.Length > 0)
        {
            detail += $"；联办窗口：{string.Join("、", deadlines.Parts.Select(p => $"{p.PointCode}/{p.WindowId}"))}";
        }

        change.Record(
            "Accepted",
            state with
            {
                Status = MatterStatus.InProgress,
                ClockStartedOn = today,
                Parts = deadlines.Parts,
                DueDate = deadlines.Due,
                DueDateProvisional = deadlines.Provisional,
                Slip = slip,
            },
            detail);
    }

    private static string TierName(Tier tier) => tier switch
    {
        Tier.City => "市级",
        Tier.Township => "乡镇级",
        _ => "村级",
    };

    private static IReadOnlyList<string> CheckMaterials(IReadOnlyList<string>? given, IReadOnlyList<string> allowed, string field)
    {
        var result = new List<string>();
        foreach (var material in given ?? [])
        {
            var name = Require.Text(material, field, 100);
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw DomainException.Invalid(field, "materials.unknown", $"'{name}' is not among the expected materials: {string.Join("、", allowed)}.");
            }

            if (!result.Contains(name, StringComparer.Ordinal))
            {
                result.Add(name);
            }
        }

        return result;
    }
}
