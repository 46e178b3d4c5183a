using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queries;

namespace Network.Grains.Network;

/// <summary>
/// The pictures screens load in one call: the hall screen (kept here, from the matters' changes and
/// the windows' posts, published live on the roll-up to the point's clerks and to its public hall
/// screens) and the monitor's tree of this point and
/// every point below it.
/// </summary>
public sealed partial class ServicePointGrain
{
    private const int TreeFlags = 20;
    private Dictionary<string, HallWindowView>? _hall;
    private bool _hallChanged;

    public async Task<HallView?> GetHall()
    {
        if (!state.State.IsDefined)
        {
            return null;
        }

        await EnsureHallAsync();
        return HallView(await GetLoad(subtree: false));
    }

    public async Task<PointTreeNode?> GetTree(bool withLoads)
    {
        if (state.State.Definition is not { } definition)
        {
            return null;
        }

        var load = withLoads ? await GetLoad(subtree: true) : null;
        var children = await Task.WhenAll(state.State.Children.Select(c => GrainFactory.Reference<IServicePointGrain>(c.Value).GetTree(withLoads)));
        var flags = withLoads ? state.State.OwnFlags.AsEnumerable().Reverse().Take(TreeFlags).ToArray() : [];
        return new PointTreeNode(Code.Value, definition.Name, Code.Tier, load, flags, children.OfType<PointTreeNode>().ToArray());
    }

    public Task OnDutyChanged(WindowDuty duty)
    {
        if (_hall is not null && _hall.TryGetValue(duty.WindowId, out var window))
        {
            _hall[duty.WindowId] = window with { OnDuty = duty.OnDuty.Name, PrimaryAway = duty.PrimaryAway };
            _hallChanged = true;
            return RollUpNowOrLaterAsync();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// An open matter that just changed at one of this point's windows is what that window is
    /// serving: its service item only (the hall is public, see <see cref="HallView"/>).
    /// </summary>
    private void NoteServing(MatterChanged change)
    {
        if (_hall is null || change.PointCode != Code.Value || change.IsClosed || !_hall.TryGetValue(change.WindowId, out var window))
        {
            return;
        }

        var serving = change.ItemName;
        if (window.Serving != serving)
        {
            _hall[change.WindowId] = window with { Serving = serving };
            _hallChanged = true;
        }
    }

    private HallView HallView(PointLoad load)
    {
        var definition = state.State.Definition;
        return new(Code.Value, definition?.Name ?? Code.Value, _hall?.Values.ToArray() ?? [], load) { SupervisionPhone = definition?.SupervisionPhone };
    }

    /// <summary>The first picture: who is on duty at each window and the latest open matter each has.</summary>
    private async Task EnsureHallAsync()
    {
        if (_hall is not null || state.State.Definition is not { } definition)
        {
            return;
        }

        var code = Code.Value;
        var windows = await Task.WhenAll(definition.Windows.Select(async w =>
        {
            var duty = await GrainFactory.Reference<IWindowGrain>($"{code}/{w.Id}").GetDuty();
            var latest = await matters.ListAsync(new MatterQuery(code, w.Id, OpenOnly: true, Limit: 1));
            var serving = latest.Count == 0 ? null : latest[0].ItemName;
            return new HallWindowView(w.Id, w.Name, duty.OnDuty.Name, duty.PrimaryAway, serving);
        }));
        _hall ??= windows.ToDictionary(w => w.Id, StringComparer.Ordinal);
    }
}
