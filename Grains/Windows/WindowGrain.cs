using Network.Grains.Interfaces;
using Microsoft.Extensions.Logging;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Matters;
using Network.Grains.Network;
using Network.Grains.Queries;

namespace Network.Grains.Windows;

/// <summary>
/// A window's A/B post (AB岗). Marking A away is written first, then every open matter A handles
/// is given to B; a failure part-way is repaired by repeating the call, which moves the rest.
/// Matters ask the window who is on duty while it may be moving them, which is why
/// <see cref="IWindowGrain.GetDuty"/> interleaves.
/// </summary>
public sealed class WindowGrain(
    [PersistentState("window", StorageNames.Network)] IPersistentState<WindowState> state,
    IMatterQueries matters,
    ILogger<WindowGrain> logger) : Grain, IWindowGrain
{
    private (string PointCode, string WindowId)? _key;

    // Split once: the key string is made from the grain id on every read.
    private (string PointCode, string WindowId) Key => _key ??= Split(this.GetPrimaryKeyString());

    private static (string PointCode, string WindowId) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (key[..slash], key[(slash + 1)..]) : (key, string.Empty);
    }

    public async Task<WindowSwitchResult> SetPrimaryAway(Actor actor, bool away)
    {
        var (profile, window) = await WindowAsync();
        EnsureMaySwitch(actor, profile, window);

        if (state.State.PrimaryAway != away)
        {
            state.State.PrimaryAway = away;
            await state.WriteStateAsync();
            logger.LogInformation("Window {Window}: A clerk {Clerk} is {State}", this.GetPrimaryKeyString(), window.ClerkA.Id, away ? "away" : "back");
            GrainFactory.Reference<IPointUpkeepGrain>(profile.Code.Value).OnDutyChanged(Duty(window)).Ignore();
        }

        var moved = new List<string>();
        if (away)
        {
            var (point, windowId) = Key;
            foreach (var receipt in await matters.FindOpenAsync(point, windowId, window.ClerkA.Id))
            {
                await GrainFactory.Reference<IMatterUpkeepGrain>(receipt).AssignHandler(windowId, window.ClerkB.Id);
                moved.Add(receipt);
            }
        }

        return new WindowSwitchResult(Duty(window), moved);
    }

    public async Task<WindowDuty> GetDuty() => Duty((await WindowAsync()).Window);

    public Task<WindowDuty> GetDutyFor(WindowDefinition window)
    {
        if (window is null || window.Id != Key.WindowId)
        {
            throw DomainException.Invalid("windowId", "window.other", $"The duty of window {this.GetPrimaryKeyString()} was asked for another window's definition.");
        }

        return Task.FromResult(Duty(window));
    }

    /// <summary>The window's own A or B clerk, or a director of its point; refused with 403 otherwise.</summary>
    private static void EnsureMaySwitch(Actor? actor, ServicePointProfile profile, WindowDefinition window)
    {
        if (actor is null)
        {
            throw DomainException.Invalid("actor", "actor.required", "Every call names its actor.");
        }

        switch (actor.Role)
        {
            case ActorRole.CenterDirector when actor.PointCode == profile.Code.Value && profile.IsDirector(actor.Id):
            case ActorRole.WindowClerk when actor.PointCode == profile.Code.Value && window.IsStaffedBy(actor.Id):
                return;
            case ActorRole.CenterDirector:
                throw DomainException.Forbidden("pointCode", "auth.jurisdiction", $"Director {actor.Id} may switch posts only at their own point, not at {profile.Name}.");
            case ActorRole.WindowClerk:
                throw DomainException.Forbidden("windowId", "auth.jurisdiction", $"Only the A or B clerk of {window.Name}, or a director of {profile.Name}, can switch its post.");
            default:
                throw DomainException.Forbidden("role", "auth.role", $"A {actor.Role} cannot switch a window's post.");
        }
    }

    private WindowDuty Duty(WindowDefinition window)
    {
        var (point, windowId) = Key;
        return new WindowDuty(point, windowId, state.State.PrimaryAway ? window.ClerkB : window.ClerkA, state.State.PrimaryAway);
    }

    private async Task<(ServicePointProfile Profile, WindowDefinition Window)> WindowAsync()
    {
        var (point, windowId) = Key;
        var code = DivisionCode.Parse(point, "pointCode");
        var profile = await GrainFactory.Reference<IServicePointGrain>(code.Value).GetProfile()
            ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        return (profile, profile.FindWindow(windowId)
            ?? throw DomainException.NotFound("windowId", "window.unknown", $"{profile.Name} has no window '{windowId}'."));
    }
}
