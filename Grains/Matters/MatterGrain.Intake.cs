using Microsoft.Extensions.Logging;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Matters;

/// <summary>Intake, the one-time notice and supplements, and a decision at the point of intake.</summary>
public sealed partial class MatterGrain
{
    public async Task<MatterView> Accept(IntakeRequest request)
    {
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "An intake request is required.");
        }

        var fingerprint = Fingerprint(request);
        if (_state is not null)
        {
            return Replay(fingerprint);
        }

        var point = global::Network.Grains.Interfaces.Matters.ReceiptNumber.PointOf(ReceiptNumber);
        if (request.PointCode != point.Value)
        {
            throw DomainException.Invalid("pointCode", "receipt.otherPoint", $"Receipt number {ReceiptNumber} was issued for point {point}, not {request.PointCode}.");
        }

        var citizen = CheckCitizen(request.Citizen);
        var profile = await PointProfileAsync(point.Value);
        var window = profile.FindWindow(request.WindowId ?? string.Empty)
            ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{request.WindowId}'.");
        var clerkId = Require.Text(request.ClerkId, "clerkId", 64);
        if (!window.IsStaffedBy(clerkId))
        {
            throw DomainException.Forbidden("clerkId", "clerk.notAtWindow", $"Clerk {clerkId} does not work at window {window.Name}.");
        }

        var item = await GrainFactory.GetGrain<ICatalogGrain>(point.Value).Find(request.ItemId ?? string.Empty)
            ?? throw DomainException.NotFound("itemId", "item.unknown", $"{profile.Name} has no service item '{request.ItemId}'.");
        if (item.WindowId != window.Id)
        {
            throw DomainException.Invalid("itemId", "item.otherWindow", $"{item.Name} is taken in at window '{item.WindowId}', not at {window.Name}.");
        }

        var handedIn = CheckMaterials(request.MaterialsHandedIn, item.RequiredMaterials, "materialsHandedIn");
        var duty = await GrainFactory.GetGrain<IWindowGrain>($"{point.Value}/{window.Id}").GetDuty();
        var now = ChinaTime.Now(time);
        var received = new MatterState
        {
            ReceiptNumber = ReceiptNumber,
            PointCode = point.Value,
            PointName = profile.Name,
            WindowId = window.Id,
            ItemId = item.Id,
            ItemName = item.Name,
            Kind = item.Kind,
            DecidingTier = item.DecidingTier,
            TimeLimitWorkingDays = item.TimeLimitWorkingDays,
            PartTimeLimitWorkingDays = item.PartTimeLimitWorkingDays,
            JointWindows = item.JointWindowIds,
            Status = MatterStatus.AwaitingSupplement,
            Citizen = citizen,
            ReceivedAt = now,
            FirstClerkId = clerkId,
            OwnerClerkId = clerkId,
            HandlerClerkId = duty.OnDuty.Id,
            CurrentPointCode = point.Value,
            RequiredMaterials = item.RequiredMaterials,
            MaterialsHandedIn = handedIn,
            IntakeFingerprint = fingerprint,
        };

        var change = new MatterChange(null, now, clerkId);
        var missing = received.MissingMaterials;
        if (missing.Count > 0)
        {
            // 一次性告知: every missing material in one notice; the matter waits as a supplement matter.
            var notice = new MissingMaterialsNotice(ReceiptNumber, profile.Name, item.Name, missing, now, clerkId);
            change.Record("Received", received with { Notice = notice }, $"一次性告知：需补正 {string.Join("、", missing)}");
        }
        else
        {
            AcceptWithAllMaterials(change, received);
        }

        MatterView view;
        try
        {
            view = await CommitAsync(change);
        }
        catch (DomainException e) when (e.Code == "matter.concurrentChange")
        {
            // The receipt number is taken: a retry of this very intake, or another matter.
            await EnsureCurrentAsync();
            return Replay(fingerprint);
        }

        // The ledger is the record; this line is for debugging (at Information it cost a busy silo
        // more than half of the intake itself, measured).
        logger.LogDebug(
            "Matter {Receipt} for {Item} taken in at {Point}/{Window} by {Clerk} for citizen {ResidentId}: {Status}",
            ReceiptNumber, item.Id, point, window.Id, clerkId, ResidentId.Mask(citizen.ResidentId), view.Status);
        return view;
    }

    private MatterView Replay(string fingerprint) =>
        _state?.IntakeFingerprint == fingerprint
            ? _state.ToView()
            : throw DomainException.Conflict("receipt.inUse", $"Receipt number {ReceiptNumber} already belongs to another matter.", "receiptNumber");

    public async Task<MatterView> SupplyMaterials(SupplyMaterialsCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, state.PointCode, state.WindowId);
        if (state.Status != MatterStatus.AwaitingSupplement)
        {
            throw IllegalTransition(state, "supply materials to");
        }

        var supplied = CheckMaterials(command.Materials, state.MissingMaterials, "materials");
        if (supplied.Count == 0)
        {
            throw DomainException.Invalid("materials", "materials.required", "Name at least one of the missing materials the citizen brought.");
        }

        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        var next = state with
        {
            MaterialsHandedIn = [.. state.MaterialsHandedIn, .. supplied],
            LastCommandFingerprint = fingerprint,
        };
        var stillMissing = next.MissingMaterials;
        next = change.Record(
            "MaterialsSupplied",
            next,
            stillMissing.Count > 0 ? $"补交 {string.Join("、", supplied)}；仍缺 {string.Join("、", stillMissing)}" : $"补交 {string.Join("、", supplied)}，材料齐全");
        if (stillMissing.Count > 0)
        {
            return await CommitAsync(change);
        }

        if (next.ClockStartedOn is null)
        {
            AcceptWithAllMaterials(change, next);
        }
        else
        {
            ResumeClock(change, next);
        }

        return await CommitAsync(change);
    }

    public async Task<MatterView> RequestSupplement(RequestSupplementCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, state.PointCode, state.WindowId);
        if (state.Status != MatterStatus.InProgress || state.ClockStartedOn is null)
        {
            throw IllegalTransition(state, "request a supplement for");
        }

        var missing = CheckMaterials(command.Missing, state.RequiredMaterials, "missing");
        if (missing.Count == 0)
        {
            throw DomainException.Invalid("missing", "materials.required", "Name every material that is missing, all at once (一次性告知).");
        }

        var now = ChinaTime.Now(time);
        var change = new MatterChange(state, now, clerkId);
        change.Record(
            "SupplementRequested",
            state with
            {
                Status = MatterStatus.AwaitingSupplement,
                MaterialsHandedIn = state.MaterialsHandedIn.Except(missing, StringComparer.Ordinal).ToArray(),
                Notice = new MissingMaterialsNotice(state.ReceiptNumber, state.PointName, state.ItemName, missing, now, clerkId),
                PausedSince = ChinaTime.DateOf(now),
                LastCommandFingerprint = fingerprint,
            },
            $"一次性告知：需补正 {string.Join("、", missing)}；暂停计时");
        return await CommitAsync(change);
    }

    public async Task<MatterView> Complete(CompleteCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, state.PointCode, state.WindowId);
        if (state.Status != MatterStatus.InProgress)
        {
            throw IllegalTransition(state, "complete");
        }

        if (state.Kind == MatterKind.Joint)
        {
            throw DomainException.Conflict("matter.joint", "A joint matter completes when every window has completed its part.", "status");
        }

        if (state.DecidingTier > DivisionCode.Parse(state.PointCode).Tier)
        {
            throw DomainException.Conflict("matter.mustHandUp", $"{state.ItemName} is decided by the {state.DecidingTier} tier: hand it up.", "status");
        }

        var note = command.ResultNote is null ? null : Require.Text(command.ResultNote, "resultNote", 500);
        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        change.Record(
            "Completed",
            state with
            {
                Status = MatterStatus.Completed,
                Outcome = new MatterOutcome(MatterStatus.Completed, change.At, clerkId, note, null, null),
                LastCommandFingerprint = fingerprint,
            },
            note);
        return await CommitAsync(change);
    }

    public async Task<MatterView> Return(ReturnCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(command.ClerkId, state.PointCode, state.WindowId);
        if (state.Status is not (MatterStatus.InProgress or MatterStatus.AwaitingSupplement))
        {
            throw IllegalTransition(state, "return");
        }

        var reason = Require.Text(command.Reason, "reason", 500);
        var legalBasis = Require.Text(command.LegalBasis, "legalBasis", 500);
        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        change.Record(
            "Returned",
            state with
            {
                Status = MatterStatus.Returned,
                Outcome = new MatterOutcome(MatterStatus.Returned, change.At, clerkId, null, reason, legalBasis),
                Parts = state.Parts.Select(p => p.Status == JointPartStatus.Open ? p with { Status = JointPartStatus.Cancelled, ClosedAt = change.At } : p).ToArray(),
                LastCommandFingerprint = fingerprint,
            },
            $"{reason} ({legalBasis})");
        return await CommitAsync(change);
    }

    /// <summary>
    /// All materials are in: an immediate matter decided here completes on the spot; anything
    /// else is accepted, its clock starts, and it gets a commitment slip (and, when joint, one
    /// open part per window, each with its own deadline).
    /// </summary>
    private void AcceptWithAllMaterials(MatterChange change, MatterState state)
    {
        var today = ChinaTime.DateOf(change.At);
        var accepted = state with { Status = MatterStatus.InProgress, ClockStartedOn = today };
        var decidedHere = state.DecidingTier <= DivisionCode.Parse(state.PointCode).Tier;
        if (state.Kind == MatterKind.Immediate && decidedHere)
        {
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

        if (state.Kind == MatterKind.Joint)
        {
            accepted = accepted with { Parts = OpenParts(accepted) };
        }

        accepted = WithDeadlines(accepted);

        CommitmentSlip? slip = null;
        if (accepted.DueDate is { } due)
        {
            slip = new CommitmentSlip(state.ReceiptNumber, state.PointName, state.ItemName, change.At, state.TimeLimitWorkingDays, due, accepted.DueDateProvisional, change.ActorId);
        }

        var detail = slip is null ? "予以受理" : $"出具办件承诺单，承诺 {slip.DueDate:yyyy-MM-dd} 前办结{(slip.Provisional ? "（暂定）" : string.Empty)}";
        if (!decidedHere)
        {
            detail += $"；由{TierName(state.DecidingTier)}审批（代办件）";
        }

        if (accepted.Parts.Count > 0)
        {
            detail += $"；联办窗口：{string.Join("、", accepted.Parts.Select(p => $"{p.PointCode}/{p.WindowId}"))}";
        }

        change.Record("Accepted", accepted with { Slip = slip }, detail);
    }

    private static string TierName(Tier tier) => tier switch
    {
        Tier.City => "市级",
        Tier.Township => "乡镇级",
        _ => "村级",
    };

    private static Citizen CheckCitizen(Citizen? citizen)
    {
        if (citizen is null)
        {
            throw DomainException.Invalid("citizen", "citizen.required", "The citizen's details are required.");
        }

        var phone = citizen.Phone;
        if (!string.IsNullOrEmpty(phone) && (phone.Length != 11 || phone[0] != '1' || !phone.All(char.IsAsciiDigit)))
        {
            throw DomainException.Invalid("citizen.phone", "phone.invalid", "A mobile number has 11 digits and starts with 1.");
        }

        return new Citizen(
            Require.Text(citizen.Name, "citizen.name", 50),
            ResidentId.Normalize(citizen.ResidentId),
            string.IsNullOrEmpty(phone) ? null : phone);
    }

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
