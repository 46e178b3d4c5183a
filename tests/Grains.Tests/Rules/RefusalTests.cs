using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Time;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// A view's allowed actions ask the policy with refusals reduced to whether they happen
/// (<see cref="Refusal.WhetherOnly{TArg, TResult}"/>): the list must be exactly the actions whose full
/// check passes, and every refusal made outside it must be whole (kind, code, field and message).
/// </summary>
public sealed class RefusalTests
{
    private static readonly MatterAction[] EveryAction = Enum.GetValues<MatterAction>()
        .Where(a => a is not (MatterAction.Read or MatterAction.CompletePart or MatterAction.ReturnPart)).ToArray();

    public static TheoryData<string> States => new() { "waiting", "accepted", "village", "handedUp", "atCity", "joint" };

    private static MatterState StateNamed(string name) => name switch
    {
        "waiting" => Accepted(Intake(Allowance, "居民身份证")),
        "accepted" => AcceptedAllowance(),
        "village" => AcceptedAtVillage(Felling),
        "handedUp" => HandedUpToTownship(Felling),
        "atCity" => HandedUpToCity(),
        _ => AcceptedNewHouse(),
    };

    private static readonly Actor[] Actors =
    [
        TownClerk(ClerkA), TownClerk(ClerkB), TownClerk(LandClerk), TownClerk(ClerkA, Land), VillageClerk(), CityClerkActor(),
        OtherTownClerkActor, Director, CityDirector, Agent, CityMonitor, Administrator,
    ];

    [Theory]
    [MemberData(nameof(States))]
    public void The_allowed_actions_are_exactly_those_whose_full_check_passes(string name)
    {
        var state = StateNamed(name);
        var context = Context(ChinaTime.DateOf(state.ReceivedAt));
        foreach (var actor in Actors)
        {
            var expected = new List<AllowedAction>();
            if (!state.IsClosed && MatterPolicy.CanRead(state, actor))
            {
                expected.AddRange(EveryAction.Where(a => MatterPolicy.Check(state, actor, a, context) is null).Select(a => new AllowedAction(a)));
                foreach (var part in state.Parts.Where(p => p.Status == JointPartStatus.Open))
                {
                    expected.AddRange(new[] { MatterAction.CompletePart, MatterAction.ReturnPart }
                        .Where(a => MatterPolicy.Check(state, actor, a, context, part.PointCode, part.WindowId) is null)
                        .Select(a => new AllowedAction(a, part.PointCode, part.WindowId)));
                }
            }

            Assert.Equal(
                expected.OrderBy(a => a.Action).ThenBy(a => a.PointCode).Select(a => a.ToString()),
                MatterPolicy.Allowed(state, actor, context).OrderBy(a => a.Action).ThenBy(a => a.PointCode).Select(a => a.ToString()));
        }
    }

    [Fact]
    public void A_refusal_made_after_listing_the_allowed_actions_is_whole()
    {
        var state = AcceptedAllowance();
        MatterPolicy.Allowed(state, TownClerk(ClerkA), Context());
        IsRefusal(MatterPolicy.Check(state, TownClerk(ClerkA), MatterAction.Deliver, Context()), DomainErrorKind.Conflict, "matter.illegalTransition", "status");
        Assert.Equal($"Cannot deliver the result of matter {state.ReceiptNumber}: it is InProgress.", MatterPolicy.Check(state, TownClerk(ClerkA), MatterAction.Deliver, Context())!.Message);
        var outside = MatterPolicy.Check(state, OtherTownClerkActor, MatterAction.Complete, Context());
        IsRefusal(outside, DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.Equal($"Clerk {OtherTownClerk} works at {OtherTownship}, not at {Township}.", outside!.Message);
        Assert.Equal($"A Administrator cannot work at window {CivilAffairs}; admin is a Administrator.", MatterPolicy.Check(state, Administrator, MatterAction.Complete, Context())!.Message);
    }

    [Fact]
    public void Only_whether_ends_with_the_question_even_when_it_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Refusal.WhetherOnly(0, int (_) =>
        {
            Assert.True(Refusal.OnlyWhether);
            throw new InvalidOperationException("inside");
        }));
        Assert.False(Refusal.OnlyWhether);
        var refusal = Refusal.Conflict("matter.test", $"Matter {NewReceipt()} refused.", "status");
        Assert.StartsWith("Matter ", refusal.Message);
        Assert.Equal("matter.test", refusal.Code);
    }
}
