using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Storage;

namespace Network.Grains.Matters;

/// <summary>
/// One matter and its state machine. The grain is the single writer of its row: Orleans runs
/// one activation per receipt number and one call at a time, so the rules below see a stable
/// state. A change is built as a new state plus ledger steps, committed by the store in one
/// transaction, and only then becomes the grain's state.
/// </summary>
public sealed class MatterGrain(
    IMatterStore store,
    WorkingDayCalendarProvider calendar,
    TimeProvider time,
    ILogger<MatterGrain> logger) : Grain, IMatterGrain
{
    private MatterState? _state;
    private bool _mustReload;

    private string ReceiptNumber => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _state = await store.LoadAsync(ReceiptNumber, cancellationToken);

    public async Task<MatterView> Accept(IntakeRequest request)
    {
        await EnsureCurrentAsync();
        if (request is null)
        {
            throw DomainException.Invalid("request", "request.required", "An intake request is required.");
        }

        var fingerprint = Fingerprint(request);
        if (_state is not null)
        {
            return _state.IntakeFingerprint == fingerprint
                ? _state.ToView()
                : throw DomainException.Conflict("receipt.inUse", $"Receipt number {ReceiptNumber} already belongs to another matter.", "receiptNumber");
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
            TimeLimitWorkingDays = item.TimeLimitWorkingDays,
            Status = MatterStatus.AwaitingSupplement,
            Citizen = citizen,
            ReceivedAt = now,
            FirstClerkId = clerkId,
            OwnerClerkId = clerkId,
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
            change.Record("Received", received with { Notice = notice }, $"one-time notice: missing {string.Join("、", missing)}");
        }
        else
        {
            AcceptWithAllMaterials(change, received, item.DecidingTier > point.Tier ? item.DecidingTier : null);
        }

        var view = await CommitAsync(change);
        logger.LogInformation(
            "Matter {Receipt} for {Item} taken in at {Point}/{Window} by {Clerk} for citizen {ResidentId}: {Status}",
            ReceiptNumber, item.Id, point, window.Id, clerkId, ResidentId.Mask(citizen.ResidentId), view.Status);
        return view;
    }

    public async Task<MatterView> SupplyMaterials(SupplyMaterialsCommand command)
    {
        var state = await ExistingAsync();
        var fingerprint = Fingerprint(command);
        if (state.LastCommandFingerprint == fingerprint)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(state, command?.ClerkId);
        if (state.Status != MatterStatus.AwaitingSupplement)
        {
            throw IllegalTransition(state, "supply materials to");
        }

        var supplied = CheckMaterials(command!.Materials, state.MissingMaterials, "materials");
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
        change.Record(
            "MaterialsSupplied",
            next,
            stillMissing.Count > 0 ? $"supplied {string.Join("、", supplied)}; still missing {string.Join("、", stillMissing)}" : $"supplied {string.Join("、", supplied)}");
        if (stillMissing.Count == 0)
        {
            var item = await GrainFactory.GetGrain<ICatalogGrain>(state.PointCode).Find(state.ItemId);
            var pointTier = DivisionCode.Parse(state.PointCode).Tier;
            AcceptWithAllMaterials(change, next, item is not null && item.DecidingTier > pointTier ? item.DecidingTier : null);
        }

        return await CommitAsync(change);
    }

    public async Task<MatterView> Complete(CompleteCommand command)
    {
        var state = await ExistingAsync();
        var fingerprint = Fingerprint(command);
        if (state.LastCommandFingerprint == fingerprint)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(state, command?.ClerkId);
        if (state.Status != MatterStatus.InProgress)
        {
            throw IllegalTransition(state, "complete");
        }

        var note = command!.ResultNote is null ? null : Require.Text(command.ResultNote, "resultNote", 500);
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
        var state = await ExistingAsync();
        var fingerprint = Fingerprint(command);
        if (state.LastCommandFingerprint == fingerprint)
        {
            return state.ToView();
        }

        var clerkId = await CheckClerkAsync(state, command?.ClerkId);
        if (state.Status is not (MatterStatus.InProgress or MatterStatus.AwaitingSupplement))
        {
            throw IllegalTransition(state, "return");
        }

        var reason = Require.Text(command!.Reason, "reason", 500);
        var legalBasis = Require.Text(command.LegalBasis, "legalBasis", 500);
        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        change.Record(
            "Returned",
            state with
            {
                Status = MatterStatus.Returned,
                Outcome = new MatterOutcome(MatterStatus.Returned, change.At, clerkId, null, reason, legalBasis),
                LastCommandFingerprint = fingerprint,
            },
            $"{reason} ({legalBasis})");
        return await CommitAsync(change);
    }

    public async Task<MatterView?> Get()
    {
        await EnsureCurrentAsync();
        return _state?.ToView();
    }

    public Task<IReadOnlyList<LedgerEntry>> GetHistory() => store.ReadLedgerAsync(ReceiptNumber);

    /// <summary>
    /// All materials are in: an immediate matter decided here completes on the spot; anything
    /// else is accepted with a commitment slip whose deadline counts working days from today.
    /// </summary>
    private void AcceptWithAllMaterials(MatterChange change, MatterState state, Tier? decidedAbove)
    {
        var accepted = state with { Status = MatterStatus.InProgress };
        if (state.Kind == MatterKind.Immediate && decidedAbove is null)
        {
            change.Record("Accepted", accepted, "all materials present");
            change.Record(
                "Completed",
                accepted with
                {
                    Status = MatterStatus.Completed,
                    Outcome = new MatterOutcome(MatterStatus.Completed, change.At, change.ActorId, "completed on the spot", null, null),
                },
                "immediate matter completed on the spot");
            return;
        }

        CommitmentSlip? slip = null;
        if (state.TimeLimitWorkingDays > 0)
        {
            var due = calendar.Current.AddWorkingDays(ChinaTime.DateOf(change.At), state.TimeLimitWorkingDays);
            slip = new CommitmentSlip(state.ReceiptNumber, state.PointName, state.ItemName, change.At, state.TimeLimitWorkingDays, due.Date, due.Provisional, change.ActorId);
        }

        var detail = slip is null ? "accepted" : $"commitment slip: due {slip.DueDate:yyyy-MM-dd}{(slip.Provisional ? " (provisional)" : string.Empty)}";
        if (decidedAbove is { } tier)
        {
            detail += $"; decided by the {tier} tier";
        }

        change.Record("Accepted", accepted with { Slip = slip }, detail);
    }

    private async Task<MatterView> CommitAsync(MatterChange change)
    {
        try
        {
            await store.CommitAsync(change.ToCommit());
        }
        catch (MatterVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("matter.concurrentChange", $"Matter {ReceiptNumber} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            // The outcome is unknown (the commit may or may not have landed): read the row again
            // before the next change instead of trusting memory.
            _mustReload = true;
            throw;
        }

        _state = change.Current;
        return _state!.ToView();
    }

    private async Task EnsureCurrentAsync()
    {
        if (_mustReload)
        {
            _state = await store.LoadAsync(ReceiptNumber);
            _mustReload = false;
        }
    }

    private async Task<MatterState> ExistingAsync()
    {
        await EnsureCurrentAsync();
        return _state ?? throw DomainException.NotFound("receiptNumber", "matter.unknown", $"There is no matter with receipt number {ReceiptNumber}.");
    }

    private async Task<ServicePointProfile> PointProfileAsync(string pointCode) =>
        await GrainFactory.GetGrain<IServicePointGrain>(pointCode).GetProfile()
        ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {pointCode} is not defined.");

    private async Task<string> CheckClerkAsync(MatterState state, string? clerkId)
    {
        var id = Require.Text(clerkId, "clerkId", 64);
        var profile = await PointProfileAsync(state.PointCode);
        var window = profile.FindWindow(state.WindowId);
        if (window is null || !window.IsStaffedBy(id))
        {
            throw DomainException.Forbidden("clerkId", "clerk.notAtWindow", $"Clerk {id} does not work at the window handling matter {state.ReceiptNumber}.");
        }

        return id;
    }

    private static DomainException IllegalTransition(MatterState state, string verb) =>
        DomainException.Conflict("matter.illegalTransition", $"Cannot {verb} matter {state.ReceiptNumber}: it is {state.Status}.", "status");

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

    private static string Fingerprint<T>(T value) =>
        typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
