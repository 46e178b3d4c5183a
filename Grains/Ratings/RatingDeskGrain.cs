using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Live;
using Network.Grains.Ratings.Rules;

namespace Network.Grains.Ratings;

/// <summary>
/// A window's rating device (服务评价器). Pairing keeps only the hash of the device's secret; the
/// matter tells the desk (one-way) when it served a citizen in person at this window, and that one
/// occasion is what the paired device shows and what its rating is for. Once rated, or replaced by
/// the next citizen's, or older than <see cref="RatingOptions.OfferMinutes"/>, it is gone.
/// </summary>
public sealed class RatingDeskGrain(
    [PersistentState("ratingDesk", StorageNames.Network)] IPersistentState<RatingDeskState> state,
    IOptions<RatingOptions> options,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IRatingDeskGrain, IRatingDeskUpkeepGrain
{
    private RatingOccasion? _offer;
    private string? _offerId;
    private long _serial;

    private TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.OfferMinutes);

    private (string PointCode, string WindowId) Key
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 ? (key[..slash], key[(slash + 1)..]) : (key, string.Empty);
        }
    }

    public async Task<DevicePairing> Pair(Actor actor)
    {
        if (actor is null || actor.Role is not (ActorRole.WindowClerk or ActorRole.CenterDirector))
        {
            throw DomainException.Forbidden("role", "auth.role", "A device is paired by the window's clerk or the point's director.");
        }

        var (profile, window) = await WindowAsync();
        RatingDeskRules.EnsureMayPair(actor, profile, window);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = ChinaTime.Now(time);
        state.State.DeviceTokenHash = RatingDeskRules.Hash(token);
        state.State.PairedBy = actor.Id;
        state.State.PairedAt = now;
        await state.WriteStateAsync();
        // A newly paired device starts idle: it rates only citizens served after it was paired.
        _offer = null;
        _offerId = null;
        Changed();
        return new DevicePairing(profile.Code.Value, window.Id, token, now);
    }

    public async Task<DeskScreen> Screen(string deviceToken)
    {
        RatingDeskRules.EnsureDevice(state.State.DeviceTokenHash, deviceToken);
        var (profile, window) = await WindowAsync();
        var duty = await GrainFactory.GetGrain<IWindowGrain>(this.GetPrimaryKeyString()).GetDuty();
        DeskOffer? offer = null;
        if (RatingDeskRules.Current(_offer, ChinaTime.Now(time), Lifetime) is { } current && _offerId is not null)
        {
            var clerk = new[] { window.ClerkA, window.ClerkB }.FirstOrDefault(c => c.Id == current.ClerkId);
            offer = new DeskOffer(_offerId, current.ItemName, clerk?.Name ?? current.ClerkId, current.ClerkId, current.ServedAt, current.ReceiptNumber[^4..]);
        }

        return new DeskScreen(profile.Code.Value, profile.Name, window.Id, window.Name, duty.OnDuty.Name, duty.OnDuty.Id, offer);
    }

    public async Task<RatingReceipt> Rate(RateAtDeskCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        RatingRules.EnsureCitizen(command.SignedIn);
        RatingDeskRules.EnsureDevice(state.State.DeviceTokenHash, command.DeviceToken);
        RatingRules.Check(command.Rating);
        var occasion = RatingDeskRules.EnsureOffer(_offer, _offerId, command.OfferId, ChinaTime.Now(time), Lifetime);
        var receipt = await GrainFactory.GetGrain<IRatingUpkeepGrain>(occasion.RatingId).RateAtCounter(occasion, null, command.Rating);
        if (ReferenceEquals(_offer, occasion))
        {
            _offer = null;
            _offerId = null;
            Changed();
        }

        return receipt;
    }

    public Task Offer(RatingOccasion occasion)
    {
        var (point, window) = Key;
        if (occasion is null || occasion.PointCode != point || occasion.WindowId != window)
        {
            return Task.CompletedTask;
        }

        _offer = occasion;
        _offerId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Changed();
        return Task.CompletedTask;
    }

    private void Changed()
    {
        var (point, window) = Key;
        RatingAnnouncer.DeskChanged(ServiceProvider.GetRequiredService<LiveStatusPublisher>(), point, window, ++_serial);
    }

    private async Task<(ServicePointProfile Profile, WindowDefinition Window)> WindowAsync()
    {
        var (point, windowId) = Key;
        var code = DivisionCode.Parse(point, "pointCode");
        var profile = await GrainFactory.GetGrain<IServicePointGrain>(code.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var window = profile.FindWindow(windowId)
            ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{windowId}'.");
        return (profile, window);
    }
}
