using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Cases.Storage;
using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Deadlines;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Live;
using Network.Grains.Matters;
using Network.Grains.Ratings.Rules;
using Network.Grains.Rectifications;
using Orleans.Placement;

namespace Network.Grains.Ratings;

/// <summary>
/// One rating: the occasion comes from the matter (through the window's desk for the counter, or
/// the progress proof and the matter's stored state once it is closed), never from what the
/// citizen's page says; the pure rules decide; the commit is the record; a bad rating then opens
/// its rectification (awaited: the citizen is answered once the point has it, and a retried
/// submission opens it if the first attempt failed there). A reminder registered before a bad
/// rating's commit and dropped once its rectification is open makes sure the rectification opens
/// even when the silo dies in between and the citizen never submits again.
/// </summary>
[RandomPlacement]
public sealed class RatingGrain(
    RatingRepository repository,
    IMatterRepository matters,
    [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) : Grain, IRatingGrain, IRatingUpkeepGrain, IRemindable
{
    /// <summary>The reminder that opens a bad rating's rectification if the rating's own call could not.</summary>
    public const string OpeningReminder = "rectification-opening";

    private RatingState? _state;
    private bool _mustReload = true;

    private string Id => this.GetPrimaryKeyString();

    public async Task<RatingReceipt> RateAfterClosing(RateAfterClosingCommand command)
    {
        if (command is null)
        {
            throw DomainException.Invalid("command", "command.required", "A request body is required.");
        }

        RatingRules.EnsureCitizen(command.SignedIn);
        RatingRules.Check(command.Rating);
        if (command.Channel == RatingChannel.Device)
        {
            throw DomainException.Invalid("channel", "rating.channel", "The device rates the counter occasion through its window's desk.");
        }

        var matter = await ProvenMatterAsync(command.Proof);
        return await RateAsync(RatingOccasions.Closing(matter), null, command.Rating, command.Channel);
    }

    public async Task<RatingOpportunity> ForCitizen(ProgressProof proof)
    {
        var matter = await ProvenMatterAsync(proof);
        await EnsureCurrentAsync();
        return new RatingOpportunity(CanRate: matter.IsClosed && _state is null, matter.IsClosed, AlreadyRated: _state is not null);
    }

    /// <summary>The closed occasion's matter, once the matter itself has accepted the citizen's proof (with its lockout against guessing).</summary>
    private async Task<MatterState> ProvenMatterAsync(ProgressProof? proof)
    {
        if (RatingIds.OccasionOf(Id) != RatingIds.ClosingOccasion)
        {
            throw DomainException.Invalid("ratingId", "rating.idInvalid", "Only the closing occasion (一事一评) is rated with the progress proof.");
        }

        var receipt = RatingIds.ReceiptOf(Id);
        var lookup = await GrainFactory.GetGrain<IMatterGrain>(receipt).GetForCitizen(proof ?? throw DomainException.Invalid("code", "progress.proofRequired", "A progress code or resident ID number is required."));
        if (lookup.LockedFor is { } locked)
        {
            throw DomainException.Conflict("progress.locked", $"Too many wrong progress codes or ID numbers for this receipt number; try again in {Math.Ceiling(locked.TotalMinutes)} minutes.", "receiptNumber");
        }

        var matter = lookup.Progress is null ? null : await matters.LoadAsync(receipt);
        return matter ?? throw DomainException.NotFound("receiptNumber", "progress.notFound", "No matter matches this receipt number and progress code or ID number.");
    }

    public Task<RatingReceipt> RateAtCounter(RatingOccasion occasion, Actor? signedIn, RatingSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(occasion);
        if (occasion.RatingId != Id)
        {
            throw new ArgumentException($"Occasion {occasion.RatingId} sent to rating {Id}.", nameof(occasion));
        }

        return RateAsync(occasion, signedIn, submission, RatingChannel.Device);
    }

    public async Task<RatingView?> Get(Actor actor)
    {
        if (actor is null || !RatingReadPolicy.IsReader(actor.Role))
        {
            throw DomainException.Forbidden("role", "auth.role", "Ratings are read by the network's staff.");
        }

        await EnsureCurrentAsync();
        if (_state is not { } state)
        {
            return null;
        }

        RatingReadPolicy.Ensure(actor, state.PointCode, "ratingId");
        return state.ToView();
    }

    public async Task SetAside(string decidedBy, string decidingPoint, string reason)
    {
        await EnsureCurrentAsync();
        var state = _state ?? throw DomainException.NotFound("ratingId", "rating.unknown", $"There is no rating {Id}.");
        if (RatingRules.SetAside(state, decidedBy, decidingPoint, reason, ChinaTime.Now(time)) is { } change)
        {
            await CommitAsync(change);
        }
    }

    private async Task<RatingReceipt> RateAsync(RatingOccasion occasion, Actor? signedIn, RatingSubmission submission, RatingChannel channel)
    {
        RatingRules.EnsureCitizen(signedIn);
        await EnsureCurrentAsync();
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { submission, channel }))));
        if (_state is { } rated && rated.Fingerprint == fingerprint && !rated.SetAside)
        {
            // The same submission again (its answer was lost): recorded once; make sure what follows it happened.
            await OpenRectificationAsync(rated, occasion.Applicant);
            return rated.ToReceipt();
        }

        var change = RatingRules.Rate(_state, occasion, signedIn, submission, channel, ChinaTime.Now(time), fingerprint);
        var bad = change.After.IsBad;
        if (bad)
        {
            await this.RegisterOrUpdateReminder(OpeningReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }

        await CommitAsync(change);
        await OpenRectificationAsync(_state!, occasion.Applicant);
        if (bad)
        {
            await ForgetOpeningAsync();
        }

        return _state!.ToReceipt();
    }

    /// <summary>
    /// The opening reminder: the rating as stored decides. A bad rating not set aside gets its
    /// rectification (opening is idempotent), with the matter's citizen as the contact of a named
    /// one; a rating whose commit never happened needs nothing. Then the reminder goes.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OpeningReminder)
        {
            return;
        }

        _mustReload = true;
        await EnsureCurrentAsync();
        if (_state is { IsBad: true, SetAside: false } rating)
        {
            var contact = rating.Named ? (await matters.LoadAsync(rating.ReceiptNumber))?.Citizen : null;
            await OpenRectificationAsync(rating, contact);
        }

        await ForgetOpeningAsync();
    }

    private async Task ForgetOpeningAsync()
    {
        if (await this.GetReminder(OpeningReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task OpenRectificationAsync(RatingState rating, Citizen? applicant) =>
        rating.IsBad
            ? GrainFactory.Reference<IRectificationUpkeepGrain>(rating.Id).Open(new RectificationOpening(
                rating.Id, rating.ReceiptNumber, rating.PointCode, rating.WindowId, rating.ClerkId, rating.ItemName, rating.Level, rating.Aspects, rating.Comment,
                rating.Named ? applicant : null, rating.RatedAt))
            : Task.CompletedTask;

    private async Task CommitAsync(RatingChange change)
    {
        try
        {
            await repository.CommitAsync(change, RequestDeadline.On(TimeProvider.System));
        }
        catch (CaseVersionConflictException)
        {
            _mustReload = true;
            throw DomainException.Conflict("rating.alreadyRated", $"Rating {Id} was given meanwhile; a rating is given once.", "ratingId");
        }
        catch
        {
            _mustReload = true;
            throw;
        }

        _state = change.After;
        _mustReload = false;
        RatingAnnouncer.Announce(ServiceProvider.GetRequiredService<LiveStatusPublisher>(), _state, change.Row.OccurredAt);
    }

    private async Task EnsureCurrentAsync()
    {
        if (_mustReload)
        {
            _state = await repository.LoadAsync(Id);
            _mustReload = false;
        }
    }
}
