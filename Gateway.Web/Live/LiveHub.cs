using Microsoft.AspNetCore.SignalR;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Live;

/// <summary>
/// The live-status hub (/hubs/live). Clients ask to watch points, subtrees, a city or a matter;
/// the gateway's observer sends what the grains publish to those groups. A point's own feed is
/// public (hall screens: it carries no personal data); subtrees, cities and matters need a
/// signed-in user whose jurisdiction covers them.
/// </summary>
public sealed class LiveHub(IClusterClient grains, Jurisdiction jurisdiction) : Hub
{
    public Task WatchPoint(string pointCode) =>
        Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Point(DivisionCode.Parse(pointCode, "pointCode").Value));

    public Task WatchSubtree(string pointCode)
    {
        var point = Readable(pointCode);
        return Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Subtree(point.Value));
    }

    public Task WatchCity(string cityCode)
    {
        var city = Readable(cityCode);
        if (city.Tier != Tier.City)
        {
            throw new HubException("cityCode names a city (6 digits).");
        }

        return Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.City(city.Value));
    }

    public async Task WatchMatter(string receiptNumber)
    {
        var user = SignedIn();
        var matter = await grains.GetGrain<IMatterGrain>(receiptNumber).Get()
            ?? throw new HubException($"There is no matter {receiptNumber}.");
        try
        {
            jurisdiction.EnsureCanReadMatter(user, matter);
        }
        catch (DomainException e)
        {
            throw new HubException(e.Message);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Matter(receiptNumber));
    }

    private DivisionCode Readable(string pointCode)
    {
        var user = SignedIn();
        DivisionCode point;
        try
        {
            point = DivisionCode.Parse(pointCode, "pointCode");
        }
        catch (DomainException e)
        {
            throw new HubException(e.Message);
        }

        return Jurisdiction.CanReadPoint(user, point) ? point : throw new HubException($"{user.Id} may not watch {point}.");
    }

    private CurrentClerk SignedIn() =>
        Context.User?.Identity?.IsAuthenticated == true
            ? CurrentClerk.From(Context.User)
            : throw new HubException("Sign in to watch more than a point's hall screen.");
}
