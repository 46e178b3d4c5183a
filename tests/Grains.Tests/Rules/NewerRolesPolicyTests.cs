using Network.Grains.Cases;
using Network.Grains.Duty.Rules;
using Network.Grains.Fees.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Fees;
using Network.Grains.Interfaces.Ratings;
using Network.Grains.Interfaces.Rectifications;
using Network.Grains.Ratings.Rules;
using Network.Grains.Rectifications;
using Network.Grains.Rectifications.Rules;
using Network.Grains.Tests.Duty;
using Network.Grains.Tests.Fees;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// The roles added after <see cref="ActorRole.System"/> — <see cref="ActorRole.Supervisor"/> (6) and
/// <see cref="ActorRole.Citizen"/> (7) — are judged by name in every policy, not refused as "System
/// or above": a supervisor reads what its supervision needs within its reach; a citizen is refused
/// the staff's actions and reads.
/// </summary>
public sealed class NewerRolesPolicyTests
{
    /// <summary>The township's discipline office (纪检), supervising the township and its villages.</summary>
    private static readonly Actor TownSupervisor = new("s-330182101", ActorRole.Supervisor, Township);

    /// <summary>The city's management committee (管委会).</summary>
    private static readonly Actor CitySupervisor = new("s-330182", ActorRole.Supervisor, City);

    /// <summary>A citizen at the township's kiosk.</summary>
    private static readonly Actor Kiosk = new("kiosk:" + Township, ActorRole.Citizen, Township);

    [Fact]
    public void The_gate_of_every_kind_of_case_refuses_only_the_system_and_unknown_roles()
    {
        ActorGate.EnsureNotSystem(TownSupervisor);
        ActorGate.EnsureNotSystem(Kiosk);
        CollectionPolicy.EnsureNotSystem(TownSupervisor);
        DutyPolicy.EnsureNotSystem(Kiosk);
        RectificationPolicy.EnsureNotSystem(CitySupervisor);

        Refused(() => ActorGate.EnsureNotSystem(Actor.Supervision), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => CollectionPolicy.EnsureNotSystem(new Actor("x", (ActorRole)99, Township)), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => DutyPolicy.EnsureNotSystem(null), DomainErrorKind.Invalid, "actor.required", "actor");

        // The queue's and the appointment book's commands pass the same gate (they kept a weaker copy that let unknown roles through).
        Assert.Same(Kiosk, ActorGate.Command(Kiosk, Kiosk));
        Refused(() => ActorGate.Command<Actor>(null, Kiosk), DomainErrorKind.Invalid, "command.required", "command");
        Refused(() => ActorGate.Command(Kiosk, new Actor("x", (ActorRole)99, Township)), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => ActorGate.Command(Kiosk, Actor.Supervision), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_supervisor_reads_the_collection_ledger_within_reach_and_a_citizen_takes_no_payment()
    {
        var day = FeeFixture.Charged();
        var context = FeeFixture.Context(FeeFixture.CardFee, FeeFixture.CompletedCardMatter);

        Assert.Null(CollectionPolicy.Check(day, TownSupervisor, CollectionAction.Read, context));
        Assert.Null(CollectionPolicy.Check(day, CitySupervisor, CollectionAction.Read, context));
        IsRefusal(CollectionPolicy.Check(day, new Actor("s-other", ActorRole.Supervisor, OtherTownship), CollectionAction.Read, context), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        // A supervisor reads; it neither charges nor refunds nor closes the day.
        Assert.Empty(CollectionPolicy.Allowed(day, TownSupervisor, context));

        IsRefusal(CollectionPolicy.Check(day, Kiosk, CollectionAction.Read, context), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        IsRefusal(CollectionPolicy.Check(day, Kiosk, CollectionAction.Charge, context), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(CollectionPolicy.Check(day, Kiosk, CollectionAction.Refund, context), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => CollectionRules.Charge(FeeFixture.Day(), FeeFixture.CardCharge() with { Actor = Kiosk }, context), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_supervisor_reads_the_duty_roster_and_attendance_within_reach_and_a_citizen_neither_clocks_in_nor_publishes()
    {
        Assert.Null(DutyPolicy.CanRead(Township, TownSupervisor));
        Assert.Null(DutyPolicy.CanRead(Village, TownSupervisor));
        Assert.Null(DutyPolicy.CanRead(Township, CitySupervisor));
        IsRefusal(DutyPolicy.CanRead(OtherTownship, TownSupervisor), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");

        IsRefusal(DutyPolicy.CanRead(Township, Kiosk), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        IsRefusal(DutyPolicy.Staff(Township, Kiosk, TownshipProfile), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(DutyPolicy.Director(Township, Kiosk, TownshipProfile), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(DutyPolicy.Director(Township, TownSupervisor, TownshipProfile), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => RosterRules.Draft(DutyFixture.Empty, DutyFixture.Draft() with { Actor = Kiosk }, DutyFixture.Context()), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_supervisor_reads_a_rectification_within_reach_and_a_citizen_works_on_none()
    {
        var context = new RectificationContext(At(new DateOnly(2026, 11, 13)), ShippedCalendar, Points, CallBackWorkingDays: 1, MaxRectificationWorkingDays: 15);
        var opened = RectificationRules.Open(
            new RectificationOpening(
                $"{NewReceipt()}/c1", NewReceipt(), Township, CivilAffairs, ClerkA, "农村最低生活保障审核", RatingLevel.VeryDissatisfied, [RatingAspect.Attitude], "态度很差",
                null, At(new DateOnly(2026, 11, 13))),
            context).After;

        Assert.True(RectificationPolicy.CanRead(opened, TownSupervisor));
        Assert.True(RectificationPolicy.CanRead(opened, CitySupervisor));
        Assert.Null(RectificationPolicy.Check(opened, TownSupervisor, RectificationAction.Read, context));
        Assert.Empty(RectificationPolicy.Allowed(opened, TownSupervisor, context));

        Assert.False(RectificationPolicy.CanRead(opened, Kiosk));
        Assert.Empty(RectificationPolicy.Allowed(opened, Kiosk, context));
        IsRefusal(RectificationPolicy.Check(opened, Kiosk, RectificationAction.CallBack, context), DomainErrorKind.Forbidden, "auth.role", "role");
        Refused(() => RectificationRules.CallBack(opened, new CallBackCommand(Kiosk, true, "x"), context), DomainErrorKind.Forbidden, "auth.role", "role");
    }

    [Fact]
    public void A_supervisor_reads_the_ratings_tally_within_reach_and_a_citizen_reads_no_ratings()
    {
        Assert.Null(RatingReadPolicy.Check(TownSupervisor, Township));
        Assert.Null(RatingReadPolicy.Check(TownSupervisor, Village));
        Assert.Null(RatingReadPolicy.Check(CitySupervisor, OtherTownship));
        IsRefusal(RatingReadPolicy.Check(TownSupervisor, OtherTownship), DomainErrorKind.Forbidden, "auth.jurisdiction", "pointCode");
        Assert.Null(RatingReadPolicy.Check(Director, Village));
        Assert.Null(RatingReadPolicy.Check(CityMonitor, Township));

        IsRefusal(RatingReadPolicy.Check(Kiosk, Township), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(RatingReadPolicy.Check(Actor.Supervision, Township), DomainErrorKind.Forbidden, "auth.role", "role");
        IsRefusal(RatingReadPolicy.Check(Administrator, Township), DomainErrorKind.Forbidden, "auth.role", "role");
    }
}
