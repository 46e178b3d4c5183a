using Network.Grains.Appointments;
using Network.Grains.Appointments.Rules;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using static Network.Grains.Tests.Rules.RuleFixture;

namespace Network.Grains.Tests.FrontDesk;

/// <summary>Appointments (预约), rule by rule, without a cluster; the clock at Wed 30 Sep 2026 10:00 unless a test moves it.</summary>
public sealed class AppointmentRulesTests
{
    private static readonly Actor Citizen = new("kiosk:" + Township, ActorRole.Citizen, Township);
    private static readonly DateOnly Friday = new(2026, 10, 9);
    private static readonly DateOnly NationalDay = new(2026, 10, 2);
    private static readonly DateOnly MakeUpSaturday = new(2026, 10, 10);
    private static readonly DateOnly OrdinarySaturday = new(2026, 10, 17);

    private static AppointmentContext Context(int minutes = 0, int noShows = 0, string phone = "13800138000", AppointmentOptions? options = null, bool outsideHours = false)
    {
        options ??= new AppointmentOptions();
        if (outsideHours)
        {
            options.OutsideHoursPoints = [Township];
        }

        return new AppointmentContext(At(Today).AddMinutes(minutes), ShippedCalendar, TownshipProfile, options)
        {
            Item = Items[Allowance],
            CitizenNoShows = noShows,
            PhoneLookup = "lookup-" + phone,
            NewCode = BookingCode.New(Today),
        };
    }

    private static BookAppointmentCommand Booking(string start = "09:30", string phone = "13800138000", string item = Allowance, string window = CivilAffairs, string name = "王秀英") =>
        new(Citizen, window, item, start, name, phone);

    private static AppointmentBookState Book(DateOnly day, params (string Start, string Phone)[] bookings)
    {
        var state = new AppointmentBookState(Township, day);
        foreach (var (start, phone) in bookings)
        {
            state = AppointmentRules.Book(state, Booking(start, phone), Context(phone: phone) with { NewCode = BookingCode.New(day) }).After;
        }

        return state;
    }

    [Fact]
    public void There_are_no_slots_on_a_holiday_and_no_booking()
    {
        var book = new AppointmentBookState(Township, NationalDay);

        var e = Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(), Context()));

        Assert.Empty(AppointmentRules.Slots(book, Context()));
        Assert.Equal(("appointment.notWorkingDay", "date"), (e.Code, e.Field));
        Assert.Empty(AppointmentRules.Slots(new AppointmentBookState(Township, OrdinarySaturday), Context()));
    }

    [Fact]
    public void A_make_up_workday_has_slots_and_takes_bookings()
    {
        var book = new AppointmentBookState(Township, MakeUpSaturday);

        var slots = AppointmentRules.Slots(book, Context());
        var booked = AppointmentRules.Book(book, Booking(), Context()).After;

        Assert.Equal(3 * 13, slots.Count);
        Assert.Contains(slots, s => s.WindowId == CivilAffairs && s.Start == "09:30" && s.End == "10:00");
        Assert.Equal(AppointmentStatus.Booked, Assert.Single(booked.Bookings).Status);
    }

    [Fact]
    public void A_slot_takes_its_capacity_and_no_more()
    {
        var book = Book(Friday, ("09:30", "13800000001"), ("09:30", "13800000002"));

        var full = Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(phone: "13800000003"), Context(phone: "13800000003")));
        var other = AppointmentRules.Book(book, Booking("10:00", "13800000003"), Context(phone: "13800000003"));

        Assert.Equal(("appointment.slotFull", "start"), (full.Code, full.Field));
        Assert.Equal(0, AppointmentRules.Slots(book, Context()).Single(s => s.WindowId == CivilAffairs && s.Start == "09:30").Left);
        Assert.Equal(3, other.After.Bookings.Count);
    }

    [Fact]
    public void A_cancelled_booking_frees_its_place()
    {
        var book = Book(Friday, ("09:30", "13800000001"), ("09:30", "13800000002"));

        var cancelled = AppointmentRules.Cancel(book, new CancelAppointmentCommand(Citizen, book.Bookings[0].Code, "138 0000 0001"), Context()).After;

        Assert.Equal(AppointmentStatus.Cancelled, cancelled.Bookings[0].Status);
        Assert.Equal(1, AppointmentRules.Slots(cancelled, Context()).Single(s => s.WindowId == CivilAffairs && s.Start == "09:30").Left);
    }

    [Fact]
    public void A_wrong_phone_cancels_nothing_and_is_answered_like_an_unknown_code()
    {
        var book = Book(Friday, ("09:30", "13800000001"));

        var wrong = Assert.Throws<DomainException>(() => AppointmentRules.Cancel(book, new CancelAppointmentCommand(Citizen, book.Bookings[0].Code, "13900000000"), Context()));
        var unknown = Assert.Throws<DomainException>(() => AppointmentRules.Cancel(book, new CancelAppointmentCommand(Citizen, "1009-AAAA", "13800000001"), Context()));

        Assert.Equal((unknown.Code, unknown.Kind, unknown.Message), (wrong.Code, wrong.Kind, wrong.Message));
    }

    [Fact]
    public void Outside_hours_slots_exist_only_where_the_point_offers_them()
    {
        var book = new AppointmentBookState(Township, Friday);

        var plain = AppointmentRules.Slots(book, Context());
        var offered = AppointmentRules.Slots(book, Context(outsideHours: true));

        Assert.DoesNotContain(plain, s => s.OutsideHours);
        Assert.Contains(offered, s => s.OutsideHours && s.Start == "12:00");
        Assert.Contains(offered, s => s.OutsideHours && s.Start == "18:00");
        Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking("12:00"), Context()));
    }

    [Fact]
    public void A_citizen_with_repeated_no_shows_is_booked_with_the_confirm_by_phone_flag()
    {
        var book = new AppointmentBookState(Township, Friday);

        var once = AppointmentRules.Book(book, Booking(), Context(noShows: 1)).After.Bookings[0];
        var twice = AppointmentRules.Book(book, Booking(), Context(noShows: 2)).After.Bookings[0];

        Assert.False(once.ConfirmByPhone);
        Assert.True(twice.ConfirmByPhone);
        Assert.True(AppointmentRules.View(twice).ConfirmByPhone);
        Assert.Equal(("王*英", "138****8000"), (AppointmentRules.View(twice).MaskedName, AppointmentRules.View(twice).MaskedPhone));
    }

    [Fact]
    public void A_booking_not_checked_in_by_the_end_of_its_grace_is_a_no_show()
    {
        var book = Book(Today, ("10:30", "13800000001"), ("11:30", "13800000002"));

        var during = AppointmentRules.NoShows(book, Context(minutes: 85));
        var after = AppointmentRules.NoShows(book, Context(minutes: 95));

        Assert.True(during.IsEmpty);
        Assert.Equal(["NoShow"], after.Steps.Select(s => s.Row.Action));
        Assert.Equal([AppointmentStatus.NoShow, AppointmentStatus.Booked], after.After.Bookings.Select(b => b.Status));
    }

    [Fact]
    public void Check_in_is_taken_from_an_hour_before_the_slot_until_its_grace_and_only_on_its_day()
    {
        var today = Book(Today, ("11:30", "13800000001"));
        var code = today.Bookings[0].Code;

        var early = Assert.Throws<DomainException>(() => AppointmentRules.CheckCheckIn(today, new CheckInCommand(Citizen, code), Context(minutes: -5)));
        var booking = AppointmentRules.CheckCheckIn(today, new CheckInCommand(Citizen, code.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()), Context(minutes: 40));
        var late = Assert.Throws<DomainException>(() => AppointmentRules.CheckCheckIn(today, new CheckInCommand(Citizen, code), Context(minutes: 151)));
        var checkedIn = AppointmentRules.CheckIn(today, booking, "A003", Citizen.Id, Context(minutes: 40)).After;
        var tomorrow = Book(Friday, ("09:30", "13800000001"));
        var notToday = Assert.Throws<DomainException>(() => AppointmentRules.CheckCheckIn(tomorrow, new CheckInCommand(Citizen, tomorrow.Bookings[0].Code), Context()));

        Assert.Equal("appointment.tooEarly", early.Code);
        Assert.Equal("appointment.tooLate", late.Code);
        Assert.Equal("appointment.notToday", notToday.Code);
        Assert.Equal((AppointmentStatus.CheckedIn, "A003"), (checkedIn.Bookings[0].Status, checkedIn.Bookings[0].TicketNumber));
        Assert.True(checkedIn.IsClosed);
    }

    [Fact]
    public void Bad_input_is_refused_with_the_field_and_books_nothing()
    {
        var book = new AppointmentBookState(Township, Friday);

        Assert.Equal("phone", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(phone: "12345"), Context())).Field);
        Assert.Equal("name", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(name: " "), Context())).Field);
        Assert.Equal("start", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking("9点半"), Context())).Field);
        Assert.Equal("start", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking("09:45"), Context())).Field);
        Assert.Equal("windowId", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(window: "nowhere"), Context())).Field);
        Assert.Equal("itemId", Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking(window: FamilyPlanning), Context())).Field);
        Assert.Equal("date", Assert.Throws<DomainException>(() => AppointmentRules.Book(new AppointmentBookState(Township, Today.AddDays(-1)), Booking(), Context())).Field);
        Assert.Equal("date", Assert.Throws<DomainException>(() => AppointmentRules.Book(new AppointmentBookState(Township, Today.AddDays(30)), Booking(), Context())).Field);
        Assert.Equal("code", Assert.Throws<DomainException>(() => AppointmentRules.Cancel(book, new CancelAppointmentCommand(Citizen, "<b>", "13800138000"), Context())).Field);
        Assert.Empty(book.Bookings);
    }

    [Fact]
    public void Only_the_point_s_public_pages_and_staff_book_there_and_staff_within_reach_read_the_book()
    {
        var book = new AppointmentBookState(Township, Friday);

        var elsewhere = Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking() with { Actor = new Actor("kiosk:x", ActorRole.Citizen, OtherTownship) }, Context()));
        var monitor = Assert.Throws<DomainException>(() => AppointmentRules.Book(book, Booking() with { Actor = CityMonitor }, Context()));
        var byClerk = AppointmentRules.Book(book, Booking() with { Actor = TownClerk() }, Context());

        Assert.Equal("auth.jurisdiction", elsewhere.Code);
        Assert.Equal("auth.role", monitor.Code);
        Assert.Single(byClerk.After.Bookings);
        Assert.True(AppointmentPolicy.CanRead(book, CityMonitor));
        Assert.False(AppointmentPolicy.CanRead(book, Citizen));
        Assert.False(AppointmentPolicy.CanRead(book, OtherTownClerkActor));
    }
}
