using Microsoft.AspNetCore.SignalR;
using Network.Gateway.Live;

namespace Network.Gateway.Tests;

/// <summary>
/// The gateway's count of live group members and what the publishers know of it, without a
/// cluster: the test plays the registration (takes a set, says it arrived or failed). A join of a
/// group the publishers may not have waits for a set holding it; leaving and disconnecting take a
/// group out of the next set; a set whose fate is unknown keeps only what both sets hold.
/// </summary>
public sealed class LiveGroupMembersTests
{
    [Fact]
    public async Task A_join_of_a_new_group_returns_only_once_a_set_holding_it_reached_the_publishers()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");

        var join = members.Join("c1", "point:510682100");
        Assert.False(join.IsCompleted);
        Assert.True(members.Has("point:510682100"));

        var round = members.Take();
        Assert.Equal(["point:510682100"], round.Groups);
        Assert.False(join.IsCompleted);

        members.Told(round);
        await join;
        Assert.Equal(["point:510682100"], members.Known);

        // A second member of a known group does not wait.
        members.Connected("c2");
        Assert.True(members.Join("c2", "point:510682100").IsCompleted);
    }

    [Fact]
    public void Changes_made_while_a_set_travels_go_together_in_the_next_one()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");
        _ = members.Join("c1", "a");
        var first = members.Take();

        var b = members.Join("c1", "b");
        var c = members.Join("c1", "c");
        members.Told(first);
        Assert.False(b.IsCompleted);

        var second = members.Take();
        Assert.Equal(["a", "b", "c"], second.Groups.Order());
        Assert.True(second.Version > first.Version);
        members.Told(second);
        Assert.True(b.IsCompletedSuccessfully && c.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Leaving_or_disconnecting_takes_a_group_out_of_the_next_set_once_its_last_member_went()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");
        members.Connected("c2");
        var joins = new[] { members.Join("c1", "a"), members.Join("c2", "a"), members.Join("c1", "b") };
        members.Told(members.Take());
        await Task.WhenAll(joins);

        members.Leave("c1", "a");
        Assert.True(members.Has("a"));
        members.Disconnected("c1");
        Assert.False(members.Has("b"));
        var next = members.Take();
        Assert.Equal(["a"], next.Groups);
        members.Told(next);
        Assert.Equal(["a"], members.Known);

        members.Disconnected("c2");
        Assert.Empty(members.Take().Groups);
    }

    [Fact]
    public async Task A_rejoin_while_a_set_without_the_group_travels_waits_for_the_next_set()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");
        var first = members.Join("c1", "a");
        members.Told(members.Take());
        await first;

        members.Disconnected("c1");
        var without = members.Take();
        members.Connected("c2");
        var rejoin = members.Join("c2", "a");
        Assert.False(rejoin.IsCompleted, "the set on its way would take the group away");

        members.Told(without);
        Assert.False(rejoin.IsCompleted);
        members.Told(members.Take());
        await rejoin;
    }

    [Fact]
    public async Task A_set_that_may_not_have_arrived_fails_its_joins_and_keeps_only_groups_both_sets_hold()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");
        members.Connected("c2");
        var a = members.Join("c1", "a");
        members.Told(members.Take());
        await a;

        members.Disconnected("c1");
        var b = members.Join("c2", "b");
        members.Failed(members.Take());

        await Assert.ThrowsAsync<HubException>(() => b);
        Assert.Empty(members.Known);
        Assert.True(members.Has("b"), "the member stays counted: the next set holds it");
        Assert.Equal(["b"], members.Take().Groups);
    }

    [Fact]
    public void A_connection_that_is_gone_joins_nothing()
    {
        var members = new LiveGroupMembers();
        members.Connected("c1");
        members.Disconnected("c1");

        Assert.True(members.Join("c1", "a").IsCompleted);
        Assert.False(members.Has("a"));
    }
}
