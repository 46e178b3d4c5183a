using Network.Grains.Appointments;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Interfaces.Time;
using Network.Grains.Tests.Flows;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>Appointments on a cluster with PostgreSQL: sealed at rest, checked in into a priority ticket, no-shows remembered per citizen.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AppointmentFlowTests(PostgresFixture db)
{
    /// <summary>Tue 17 Nov 2026, a working day; the flow's clock starts at 09:30 China time.</summary>
    private static readonly DateOnly Day = new(2026, 11, 17);
    private static readonly Actor Kiosk = new("kiosk:" + Township, ActorRole.Citizen, Township);

    private static string Key(DateOnly day) => QueueKeys.Of(DivisionCode.Parse(Township), day);

    private static BookAppointmentCommand Booking(string start, string phone = "13800138000") => new(Kiosk, CivilAffairs, Allowance, start, "王秀英", phone);

    [Fact]
    public async Task A_booking_is_sealed_at_rest_and_its_check_in_is_a_priority_ticket_issued_once()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var book = flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day));
        await flow.Grains.GetGrain<IQueueGrain>(Key(Day)).Issue(new IssueTicketCommand(Kiosk, CivilAffairs, TicketPriority.None));

        var booked = await book.Book(Booking("10:00"));
        var slip = await book.CheckIn(new CheckInCommand(Kiosk, booked.Code));
        var again = await book.CheckIn(new CheckInCommand(Kiosk, booked.Code));

        Assert.Equal(AllowanceMaterials, booked.Materials);
        Assert.Equal(("A002", TicketPriority.Appointment, 0), (slip.Number, slip.Priority, slip.Ahead));
        Assert.Equal(slip.Number, again.Number);
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_record WHERE kind = 'appointment' AND (state::text LIKE '%王秀英%' OR state::text LIKE '%13800138000%')"));
        Assert.Equal(0, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'appointment' AND (changes::text LIKE '%王秀英%' OR changes::text LIKE '%13800138000%')"));
        Assert.Equal(2, await flow.CountAsync("SELECT count(*) FROM case_ledger WHERE kind = 'appointment'"));
        var view = await flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day)).Get(Director);
        Assert.Equal(("王*英", AppointmentStatus.CheckedIn, "A002"), (view.Bookings[0].MaskedName, view.Bookings[0].Status, view.Bookings[0].TicketNumber));
    }

    [Fact]
    public async Task A_citizen_who_missed_two_appointments_is_flagged_to_be_confirmed_by_phone()
    {
        await using var flow = await FlowCluster.StartAsync(db, Day);
        var first = flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day));
        await first.Book(Booking("10:00"));
        await first.Book(Booking("10:30", "13900000000"));
        var second = flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day.AddDays(1)));
        await second.Book(Booking("10:00"));

        flow.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(2, await flow.Grains.GetGrain<IAppointmentUpkeepGrain>(Key(Day)).RecordNoShows());
        flow.SetDay(Day.AddDays(1));
        flow.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await flow.Grains.GetGrain<IAppointmentUpkeepGrain>(Key(Day.AddDays(1))).RecordNoShows());
        var later = await flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day.AddDays(3))).Book(Booking("09:30"));
        var other = await flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day.AddDays(3))).Book(Booking("09:30", "13900000000"));

        var view = await flow.Grains.GetGrain<IAppointmentBookGrain>(Key(Day.AddDays(3))).Get(TownClerk(ClerkA));
        Assert.True(view.Bookings.Single(b => b.Code == later.Code).ConfirmByPhone);
        Assert.False(view.Bookings.Single(b => b.Code == other.Code).ConfirmByPhone);
        Assert.Equal(AppointmentStatus.NoShow, (await first.Get(Director)).Bookings[0].Status);
    }
}
