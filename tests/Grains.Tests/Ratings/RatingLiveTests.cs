using System.Collections.Concurrent;
using System.Text.Json;
using Network.Grains.Interfaces.Live;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Ratings;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Ratings;

/// <summary>
/// The live messages of ratings, as a gateway's observer receives them: the device's public
/// message says only which window changed; the rating and the rectification reach the point, the
/// supervising point and the city; none carries the citizen's words, name, phone or ID number.
/// Waits are on explicit signals from the observer.
/// </summary>
public sealed class RatingLiveTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task Rating_live_messages_carry_no_personal_data_and_reach_the_point_and_the_supervising_tier()
    {
        await using var cluster = await TestClusters.StartAsync(time: TestClusters.ClockAt(Day));
        await DefineAsync(cluster.Client);
        var gateway = new RecordingObserver();
        await cluster.Client.GetGrain<ILiveStatusHubGrain>(0).Register("gateway-ratings", cluster.Client.CreateObjectReference<ILiveStatusObserver>(gateway));
        var desk = cluster.Client.GetGrain<IRatingDeskGrain>($"{Township}/{CivilAffairs}");
        var pairing = await desk.Pair(TownClerk(ClerkA));

        var offered = gateway.WaitFor(m => m.Kind == LiveKinds.RatingDesk && m.Payload is RatingDeskChanged { Serial: >= 2 });
        await cluster.Client.GetGrain<IMatterGrain>(NewReceipt(Day)).Accept(Intake(Allowance, AllowanceMaterials));
        var deskMessage = await offered;
        Assert.Equal([LiveGroups.Public(Township)], deskMessage.Groups);
        var offer = (await desk.Screen(pairing.DeviceToken)).Offer!;

        var rectified = gateway.WaitFor(m => m.Kind == LiveKinds.Rectification);
        var rated = gateway.WaitFor(m => m.Kind == LiveKinds.Rating);
        await desk.Rate(new RateAtDeskCommand(null, pairing.DeviceToken, offer.OfferId, new RatingSubmission(RatingLevel.Dissatisfied, [RatingAspect.Result], "王秀英说窗口推诿", Named: true)));

        var rectification = await rectified;
        var rating = await rated;
        Assert.Contains(LiveGroups.Point(Township), rectification.Groups);
        Assert.Contains(LiveGroups.Point(City), rectification.Groups);
        Assert.Contains(LiveGroups.City(Township), rating.Groups);
        Assert.DoesNotContain(rectification.Groups.Concat(rating.Groups), LiveGroups.IsPublic);
        foreach (var message in gateway.Everything.Where(m => m.Kind is LiveKinds.Rating or LiveKinds.Rectification or LiveKinds.RatingDesk))
        {
            var json = JsonSerializer.Serialize(message.Payload, message.Payload.GetType());
            foreach (var secret in new[] { "王秀英", "推诿", Citizen.Phone!, Citizen.ResidentId })
            {
                Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A stand-in for a gateway's observer: records every message and signals waiting tests.</summary>
    private sealed class RecordingObserver : ILiveStatusObserver
    {
        private readonly ConcurrentQueue<LiveMessage> _all = new();
        private readonly ConcurrentBag<(Func<LiveMessage, bool> Match, TaskCompletionSource<LiveMessage> Done)> _waits = [];

        public IReadOnlyList<LiveMessage> Everything => _all.ToArray();

        public Task<LiveMessage> WaitFor(Func<LiveMessage, bool> match)
        {
            var done = new TaskCompletionSource<LiveMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((match, done));
            foreach (var seen in _all.Where(match))
            {
                done.TrySetResult(seen);
            }

            return done.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }

        public Task OnMessages(IReadOnlyList<LiveMessage> messages)
        {
            foreach (var message in messages)
            {
                _all.Enqueue(message);
                foreach (var wait in _waits.Where(w => w.Match(message)))
                {
                    wait.Done.TrySetResult(message);
                }
            }

            return Task.CompletedTask;
        }
    }
}
