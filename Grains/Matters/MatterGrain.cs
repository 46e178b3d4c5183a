using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Grains.Calendar;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ledger;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Storage;
using Orleans.Placement;

namespace Network.Grains.Matters;

/// <summary>
/// One matter and its state machine. The grain is the single writer of its row: Orleans runs
/// one activation per receipt number and one call at a time, so the rules see a stable state.
/// A change is built as a new state plus ledger steps, committed by the store in one
/// transaction, and only then becomes the grain's state. The rules are split by concern over
/// the partial files beside this one (intake, proxy hand-off, joint handling, deadlines).
/// Matters are many and short-lived, so they are placed at random over the silos, spreading the
/// load evenly whichever gateway the clerk's call came through.
/// </summary>
[RandomPlacement]
public sealed partial class MatterGrain(
    IMatterStore store,
    WorkingDayCalendarProvider calendar,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time,
    ILogger<MatterGrain> logger) : Grain, IMatterGrain
{
    private MatterState? _state;

    // The row is read on first need, not on activation: a new matter's first call is its intake,
    // whose insert finds out by itself whether the receipt number is taken.
    private bool _mustReload = true;

    private string ReceiptNumber => this.GetPrimaryKeyString();

    public async Task<MatterView?> Get()
    {
        await EnsureCurrentAsync();
        return _state?.ToView();
    }

    public Task<IReadOnlyList<LedgerEntry>> GetHistory() => store.ReadLedgerAsync(ReceiptNumber);

    public async Task<MatterView> HandOver(HandOverCommand command)
    {
        var (state, fingerprint, replay) = await BeginAsync(command);
        if (replay)
        {
            return state.ToView();
        }

        var actor = Require.Text(command.FromClerkId, "fromClerkId", 64);
        var to = Require.Text(command.ToClerkId, "toClerkId", 64);
        var from = state.OwnerClerkId;
        if (actor != from && !(await PointProfileAsync(state.PointCode)).IsDirector(actor))
        {
            throw DomainException.Forbidden("fromClerkId", "owner.notOwner", $"Only the owner ({state.OwnerClerkId}) or a director of the point can hand matter {state.ReceiptNumber} over.");
        }

        if (to == from)
        {
            throw DomainException.Invalid("toClerkId", "owner.same", "A hand-over names another clerk.");
        }

        if (!await IsClerkOfChainAsync(state, to))
        {
            throw DomainException.NotFound("toClerkId", "clerk.unknown", $"{to} is not a clerk of a point this matter passes through.");
        }

        var note = command.Note is null ? null : Require.Text(command.Note, "note", 500);
        var change = new MatterChange(state, ChinaTime.Now(time), actor);
        var by = actor == from ? string.Empty : $"（中心主任 {actor} 指定）";
        change.Record("HandedOver", state with { OwnerClerkId = to, LastCommandFingerprint = fingerprint }, $"首问负责移交 {from} → {to}{by}{(note is null ? string.Empty : "：" + note)}");
        return await CommitAsync(change);
    }

    public async Task<MatterView> AssignHandler(string windowId, string clerkId)
    {
        var state = await ExistingAsync();
        if (windowId != state.WindowId)
        {
            throw DomainException.Invalid("windowId", "window.other", $"Matter {state.ReceiptNumber} belongs to window {state.WindowId}.");
        }

        if (state.IsClosed || state.HandlerClerkId == clerkId)
        {
            return state.ToView();
        }

        var change = new MatterChange(state, ChinaTime.Now(time), clerkId);
        change.Record("HandlerChanged", state with { HandlerClerkId = clerkId }, $"AB岗: {state.HandlerClerkId} → {clerkId}");
        return await CommitAsync(change);
    }

    /// <summary>Loads the matter, refuses a missing one, and recognises a retried command.</summary>
    private async Task<(MatterState State, string Fingerprint, bool Replay)> BeginAsync<T>(T? command)
        where T : class
    {
        var state = await ExistingAsync();
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        var fingerprint = Fingerprint(command);
        return (state, fingerprint, state.LastCommandFingerprint == fingerprint);
    }

    private async Task<MatterView> CommitAsync(MatterChange change)
    {
        try
        {
            await store.CommitAsync(change.ToCommit() with { NextCheckOn = NextCheck(change.Current!) });
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

        var before = change.Before;
        _state = change.Current!;
        _mustReload = false;
        foreach (var step in change.ToCommit().Steps)
        {
            NetworkMetrics.MatterSteps.Add(1, new KeyValuePair<string, object?>("action", step.Entry.Action));
        }

        Announce(before, _state, change);
        return _state.ToView();
    }

    /// <summary>
    /// Tells the points concerned and the gateways about the committed change, one way: the
    /// matter does not wait for them, and they never call back.
    /// </summary>
    private void Announce(MatterState? before, MatterState after, MatterChange change)
    {
        var openParts = after.Parts.Where(p => p.Status == JointPartStatus.Open).Select(p => p.PointCode).Distinct().ToArray();
        var points = new[] { after.PointCode, after.CurrentPointCode }
            .Concat(before is null ? [] : [before.CurrentPointCode])
            .Concat(after.Parts.Select(p => p.PointCode))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var announced = new MatterChanged(
            after.ReceiptNumber,
            after.PointCode,
            after.WindowId,
            after.CurrentPointCode,
            after.Status,
            change.LastAction,
            after.ItemName,
            after.HandlerClerkId,
            after.DueDate,
            after.Flag,
            change.At,
            after.Version)
        {
            Points = points,
            OpenPartPoints = openParts,
        };
        foreach (var point in points)
        {
            GrainFactory.GetGrain<IServicePointGrain>(point).OnMatterChanged(announced).Ignore();
        }

        GrainFactory.GetGrain<ILiveStatusPublisherGrain>(0).PublishMatter(announced).Ignore();
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

    private async Task<ServicePointProfile> PointProfileAsync(string pointCode, string field = "pointCode") =>
        await GrainFactory.GetGrain<IServicePointGrain>(pointCode).GetProfile()
        ?? throw DomainException.NotFound(field, "point.undefined", $"Service point {pointCode} is not defined.");

    /// <summary>The clerk must staff <paramref name="windowId"/> at <paramref name="pointCode"/>, or any window there when null.</summary>
    private async Task<string> CheckClerkAsync(string? clerkId, string pointCode, string? windowId, string field = "clerkId")
    {
        var id = Require.Text(clerkId, field, 64);
        var profile = await PointProfileAsync(pointCode);
        var staffed = windowId is null
            ? profile.Windows.Any(w => w.IsStaffedBy(id))
            : profile.FindWindow(windowId)?.IsStaffedBy(id) == true;
        if (!staffed)
        {
            var where = windowId is null ? profile.Name : $"{profile.Name} window {windowId}";
            throw DomainException.Forbidden(field, "clerk.notAtWindow", $"Clerk {id} does not work at {where}.");
        }

        return id;
    }

    private async Task<bool> IsClerkOfChainAsync(MatterState state, string clerkId)
    {
        var points = state.Hops.Select(h => h.PointCode).Append(state.PointCode).Distinct();
        foreach (var code in points)
        {
            var profile = await GrainFactory.GetGrain<IServicePointGrain>(code).GetProfile();
            if (profile?.Windows.Any(w => w.IsStaffedBy(clerkId)) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static DomainException IllegalTransition(MatterState state, string verb) =>
        DomainException.Conflict("matter.illegalTransition", $"Cannot {verb} matter {state.ReceiptNumber}: it is {state.Status}.", "status");

    private static string Fingerprint<T>(T value) =>
        typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
