using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Cases.Storage;
using Network.Grains.Fees.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Time;

namespace Network.Grains.Fees;

/// <summary>
/// One window's collection day: loads the day and what the rules need (the point's profile, the
/// catalog item, the matter a fee is for), applies <see cref="CollectionRules"/>, commits, and only
/// then makes the new state its own. One activation per window and day, one call at a time, so
/// receipt numbers follow each other without gaps and a closed day takes nothing more.
/// </summary>
public sealed class CollectionDayGrain(
    CollectionRepository repository,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, ICollectionDayGrain
{
    private CollectionDayState? _state;
    private bool _mustReload = true;

    private string Key => this.GetPrimaryKeyString();

    public Task<CollectionDayView> Charge(ChargeCommand command) =>
        RunAsync(command, command?.Actor, command?.ItemId, command?.MatterReceiptNumber, CollectionRules.Charge);

    public Task<CollectionDayView> CollectBill(CollectBillCommand command) =>
        RunAsync(command, command?.Actor, command?.ItemId, null, CollectionRules.CollectBill, recognizeRetry: false);

    public Task<CollectionDayView> Refund(RefundCommand command) =>
        RunAsync(command, command?.Actor, null, null, CollectionRules.Refund);

    public Task<CollectionDayView> Close(CloseDayCommand command) =>
        RunAsync(command, command?.Actor, null, null, CollectionRules.Close);

    public async Task<CollectionDayView> Get(Actor actor)
    {
        CollectionPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var context = await ContextAsync(actor, null, null);
        CollectionPolicy.Ensure(state, actor, CollectionAction.Read, context);
        return state.ToView(CollectionPolicy.Allowed(state, actor, context));
    }

    public async Task<FeeReceipt?> GetReceipt(Actor actor, string receiptNumber)
    {
        CollectionPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var context = await ContextAsync(actor, null, null);
        CollectionPolicy.Ensure(state, actor, CollectionAction.Read, context);
        if (state.Find(receiptNumber ?? string.Empty) is not { } line)
        {
            return null;
        }

        var item = await GrainFactory.GetGrain<ICatalogGrain>(state.PointCode).Find(line.ItemId);
        var point = context.Point;
        return new FeeReceipt(
            state.PointCode,
            point?.Name ?? state.PointCode,
            state.WindowId,
            point?.FindWindow(state.WindowId)?.Name ?? state.WindowId,
            line.ToView(),
            item?.FeeBasis,
            item?.FeeUnit);
    }

    private async Task<CollectionDayView> RunAsync<T>(
        T? command,
        Actor? actor,
        string? itemId,
        string? matterReceiptNumber,
        Func<CollectionDayState, T, CollectionContext, CollectionChange> rule,
        bool recognizeRetry = true)
        where T : class
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        CollectionPolicy.EnsureNotSystem(actor);
        var state = await CurrentAsync();
        var fingerprint = Fingerprint(command);
        var context = await ContextAsync(actor!, itemId, matterReceiptNumber) with { Fingerprint = recognizeRetry ? fingerprint : null };
        if (recognizeRetry && state.LastCommandFingerprint == fingerprint)
        {
            // A retried command (a timeout, a restart): it was applied once; answer as it stands.
            CollectionPolicy.Ensure(state, actor!, CollectionAction.Read, context);
            return state.ToView(CollectionPolicy.Allowed(state, actor!, context));
        }

        var committed = rule(state, command, context);
        try
        {
            await repository.CommitAsync(Key, committed, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("collection.concurrentChange", $"The collection day {Key} was changed meanwhile; reload it and try again.");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = committed.After;
        _mustReload = false;
        return _state.ToView(CollectionPolicy.Allowed(_state, actor!, context));
    }

    private async Task<CollectionContext> ContextAsync(Actor actor, string? itemId, string? matterReceiptNumber)
    {
        var (pointCode, _, _) = CollectionDayKey.Parse(Key);
        var profile = await GrainFactory.GetGrain<IServicePointGrain>(pointCode).GetProfile();
        var item = string.IsNullOrEmpty(itemId) ? null : await GrainFactory.GetGrain<ICatalogGrain>(pointCode).Find(itemId);
        MatterView? matter = null;
        if (!string.IsNullOrWhiteSpace(matterReceiptNumber) && IsReceiptNumber(matterReceiptNumber))
        {
            matter = await GrainFactory.GetGrain<IMatterGrain>(matterReceiptNumber).Get(actor);
        }

        return new CollectionContext(ChinaTime.Now(time), profile) { Item = item, Matter = matter };
    }

    private static bool IsReceiptNumber(string text)
    {
        try
        {
            Interfaces.Matters.ReceiptNumber.PointOf(text);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private async Task<CollectionDayState> CurrentAsync()
    {
        if (_mustReload)
        {
            var (point, window, date) = CollectionDayKey.Parse(Key);
            _state = await repository.LoadAsync(Key) ?? CollectionDayState.Empty(point, window, date);
            _mustReload = false;
        }

        return _state!;
    }

    private static string Fingerprint<T>(T value) =>
        typeof(T).Name + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
