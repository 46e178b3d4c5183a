using Network.Grains.Interfaces;
using Microsoft.AspNetCore.SignalR;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Gateway.Live;

/// <summary>
/// The live-status hub (/hubs/live). Clients ask to watch points, subtrees, a city or a matter;
/// the gateway's observer sends what the grains publish to those groups as one method, "live",
/// with a batch of <c>{ kind, payload }</c>. Anyone may watch a point, but what arrives depends on
/// who asks: a signed-in actor whose jurisdiction reaches the point (<see cref="Scope"/>) joins its
/// clerks' feed (matters' changes with receipt numbers and handling clerks, hall, load); anyone else
/// (a hall display, a public page, a clerk of another point) joins its public feed, which carries
/// only public payloads (<see cref="IPublicLivePayload"/>: the hall and the point's load). Subtrees
/// and cities need a signed-in actor whose jurisdiction reaches them; a matter's feed needs an
/// actor the matter grain lets read it.
/// </summary>
public sealed class LiveHub(IClusterClient grains) : Hub
{
    /// <summary>The name of the one client method live messages arrive by.</summary>
    public const string Method = "live";

    public Task WatchPoint(string pointCode)
    {
        var point = Parse(pointCode);
        var group = SignedInReaching(point) ? LiveGroups.Point(point.Value) : LiveGroups.Public(point.Value);
        return Groups.AddToGroupAsync(Context.ConnectionId, group);
    }

    public Task WatchSubtree(string pointCode) =>
        Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Subtree(Reachable(pointCode).Value));

    public Task WatchCity(string cityCode)
    {
        var city = Reachable(cityCode);
        if (city.Tier != Tier.City)
        {
            throw new HubException("cityCode names a city (6 digits).");
        }

        return Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.City(city.Value));
    }

    /// <summary>Joins a matter's group once the matter grain has let the actor read it (one call; the grain refuses).</summary>
    public async Task WatchMatter(string receiptNumber)
    {
        var actor = SignedIn();
        try
        {
            ReceiptNumber.PointOf(receiptNumber);
            _ = await grains.Reference<IMatterGrain>(receiptNumber).Get(actor)
                ?? throw new HubException($"There is no matter {receiptNumber}.");
        }
        catch (DomainException e)
        {
            throw new HubException(e.Message);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Case(receiptNumber));
    }

    private DivisionCode Reachable(string pointCode)
    {
        var actor = SignedIn();
        var point = Parse(pointCode);
        return actor.Reaches(point.Value) ? point : throw new HubException($"{actor.Id} may not watch {point}.");
    }

    /// <summary>Whether the connection's user is a signed-in actor whose jurisdiction reaches <paramref name="point"/>.</summary>
    private bool SignedInReaching(DivisionCode point)
    {
        if (Context.User?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        try
        {
            return Scope.Reaches(CurrentClerk.From(Context.User).Actor, point);
        }
        catch (DomainException)
        {
            // An account the network does not know as an actor: the public feed, as for anyone.
            return false;
        }
    }

    private static DivisionCode Parse(string pointCode)
    {
        try
        {
            return DivisionCode.Parse(pointCode, "pointCode");
        }
        catch (DomainException e)
        {
            throw new HubException(e.Message);
        }
    }

    private Actor SignedIn()
    {
        if (Context.User?.Identity?.IsAuthenticated != true)
        {
            throw new HubException("Sign in to watch more than a point's hall screen.");
        }

        try
        {
            return CurrentClerk.From(Context.User).Actor;
        }
        catch (DomainException e)
        {
            throw new HubException(e.Message);
        }
    }
}
