using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Appointments.Rules;

/// <summary>
/// The rules of appointments (预约). Pure. Slots exist per window on working days only (none on
/// holidays, slots on 调休 make-up workdays), cut from office hours and, where the point offers
/// them, from hours outside them; each slot takes the configured number of bookings. A booking
/// names the item (from the catalog, at that window), the citizen's name and phone; a citizen with
/// repeated no-shows is booked with a flag for staff to confirm by phone. A booking is cancelled
/// before its slot begins, checked in at the kiosk from shortly before its slot until its grace
/// after it, and becomes a no-show once that grace has passed.
/// </summary>
public static class AppointmentRules
{
    public static IReadOnlyList<AppointmentSlot> Slots(AppointmentBookState state, AppointmentContext context)
    {
        if (!context.Calendar.IsWorkingDay(state.Date))
        {
            return [];
        }

        var slots = new List<AppointmentSlot>();
        foreach (var window in context.Point.Windows)
        {
            foreach (var (start, end, outside) in Times(context))
            {
                var booked = state.Bookings.Count(b => b.WindowId == window.Id && b.Start == start && b.HoldsPlace);
                slots.Add(new AppointmentSlot(window.Id, Text(start), Text(end), context.Options.Capacity, booked, outside));
            }
        }

        return slots;
    }

    public static AppointmentChange Book(AppointmentBookState state, BookAppointmentCommand command, AppointmentContext context)
    {
        AppointmentPolicy.EnsureMayAct(state, command.Actor);
        var windowId = Require(command.WindowId, "windowId");
        var window = context.Point.FindWindow(windowId) ?? throw DomainException.Invalid("windowId", "window.unknown", $"{context.Point.Name} has no window '{windowId}'.");
        var item = context.Item;
        if (item is null || item.WindowId != window.Id)
        {
            throw DomainException.Invalid("itemId", "appointment.itemUnknown", $"{window.Name} handles no item '{command.ItemId}'.");
        }

        var name = Require(command.Name, "name");
        if (name.Length > 50)
        {
            throw DomainException.Invalid("name", "appointment.nameTooLong", "A name has at most 50 characters.");
        }

        var phone = Phone(command.Phone);
        if (state.Date < context.Today || state.Date > context.Today.AddDays(context.Options.MaxDaysAhead))
        {
            throw DomainException.Invalid("date", "appointment.dateOutOfRange", $"Appointments are booked from today up to {context.Options.MaxDaysAhead} days ahead.");
        }

        if (!context.Calendar.IsWorkingDay(state.Date))
        {
            throw DomainException.Conflict("appointment.notWorkingDay", $"{state.Date:yyyy-MM-dd} is not a working day: there are no slots.", "date");
        }

        var start = Time(command.Start, "start");
        var slot = Times(context).FirstOrDefault(t => t.Start == start);
        if (slot == default)
        {
            throw DomainException.Invalid("start", "appointment.noSuchSlot", $"There is no slot at {command.Start}.");
        }

        if (state.Date == context.Today && start <= context.TimeNow)
        {
            throw DomainException.Conflict("appointment.slotPassed", $"The slot at {Text(start)} has begun.", "start");
        }

        if (state.Bookings.Count(b => b.WindowId == window.Id && b.Start == start && b.HoldsPlace) >= context.Options.Capacity)
        {
            throw DomainException.Conflict("appointment.slotFull", $"The slot at {Text(start)} at {window.Name} is full.", "start");
        }

        if (state.Bookings.Any(b => b.Status == AppointmentStatus.Booked && b.PhoneLookup == context.PhoneLookup))
        {
            throw DomainException.Conflict("appointment.alreadyBooked", "This phone already has a booking that day.", "phone");
        }

        if (state.Find(context.NewCode) is not null || context.NewCode.Length == 0)
        {
            throw DomainException.Conflict("appointment.codeTaken", "Please try again.");
        }

        var booking = new Booking(context.NewCode, window.Id, item.Id, item.Name, start, slot.End, name, phone, context.PhoneLookup, AppointmentStatus.Booked, context.Now)
        {
            ConfirmByPhone = context.CitizenNoShows >= context.Options.ConfirmByPhoneAfterNoShows,
        };
        var change = new AppointmentChange(state, context.Now, command.Actor.Id);
        change.Record("Booked", null, booking, state with { Bookings = [.. state.Bookings, booking] });
        return change;
    }

    public static AppointmentChange Cancel(AppointmentBookState state, CancelAppointmentCommand command, AppointmentContext context)
    {
        AppointmentPolicy.EnsureMayAct(state, command.Actor);
        var booking = Find(state, command.Code);
        // A wrong phone is answered exactly like an unknown code.
        if (!FixedTimeEquals(booking.Phone, Phone(command.Phone)))
        {
            throw Unknown();
        }

        if (booking.Status != AppointmentStatus.Booked)
        {
            throw DomainException.Conflict("appointment.illegalTransition", $"Booking {booking.Code} is {booking.Status}: it cannot be cancelled.", "code");
        }

        if (state.Date < context.Today || (state.Date == context.Today && booking.Start <= context.TimeNow))
        {
            throw DomainException.Conflict("appointment.slotPassed", "The slot has begun: it cannot be cancelled any more.", "code");
        }

        return Step(state, booking, booking with { Status = AppointmentStatus.Cancelled, ChangedAt = context.Now }, "Cancelled", command.Actor.Id, context);
    }

    /// <summary>Whether <paramref name="command"/> may check in now; the booking it names.</summary>
    public static Booking CheckCheckIn(AppointmentBookState state, CheckInCommand command, AppointmentContext context)
    {
        AppointmentPolicy.EnsureMayAct(state, command.Actor);
        var booking = Find(state, command.Code);
        if (booking.Status == AppointmentStatus.CheckedIn)
        {
            return booking;
        }

        if (booking.Status != AppointmentStatus.Booked)
        {
            throw DomainException.Conflict("appointment.illegalTransition", $"Booking {booking.Code} is {booking.Status}: it cannot be checked in.", "code");
        }

        if (state.Date != context.Today)
        {
            throw DomainException.Conflict("appointment.notToday", $"Booking {booking.Code} is for {state.Date:yyyy-MM-dd}.", "code");
        }

        var now = context.TimeNow;
        if (now < booking.Start.AddMinutes(-context.Options.CheckInEarlyMinutes))
        {
            throw DomainException.Conflict("appointment.tooEarly", $"Check-in opens {context.Options.CheckInEarlyMinutes} minutes before {Text(booking.Start)}.", "code");
        }

        if (now > booking.End.AddMinutes(context.Options.NoShowGraceMinutes))
        {
            throw DomainException.Conflict("appointment.tooLate", $"The slot ended at {Text(booking.End)}: please take an ordinary ticket.", "code");
        }

        return booking;
    }

    public static AppointmentChange CheckIn(AppointmentBookState state, Booking booking, string ticketNumber, string actorId, AppointmentContext context) =>
        Step(state, booking, booking with { Status = AppointmentStatus.CheckedIn, TicketNumber = ticketNumber, ChangedAt = context.Now }, "CheckedIn", actorId, context);

    /// <summary>Bookings still not checked in once their grace after the slot has passed: no-shows (爽约). May be empty.</summary>
    public static AppointmentChange NoShows(AppointmentBookState state, AppointmentContext context)
    {
        var change = new AppointmentChange(state, context.Now, "supervision");
        foreach (var booking in state.Bookings.Where(b => b.Status == AppointmentStatus.Booked))
        {
            var end = new DateTimeOffset(state.Date.ToDateTime(booking.End), ChinaTime.Offset).AddMinutes(context.Options.NoShowGraceMinutes);
            if (context.Now > end)
            {
                change.Record("NoShow", booking, booking with { Status = AppointmentStatus.NoShow, ChangedAt = context.Now }, change.Current.With(booking with { Status = AppointmentStatus.NoShow, ChangedAt = context.Now }));
            }
        }

        return change;
    }

    public static AppointmentConfirmation Confirmation(AppointmentBookState state, Booking booking, AppointmentContext context) => new(
        booking.Code,
        state.PointCode,
        state.Date,
        Text(booking.Start),
        Text(booking.End),
        booking.WindowId,
        context.Point.FindWindow(booking.WindowId)?.Name ?? booking.WindowId,
        booking.ItemName,
        context.Item?.RequiredMaterials ?? [],
        booking.Status);

    public static BookingView View(Booking booking) => new(
        booking.Code,
        booking.WindowId,
        booking.ItemName,
        Text(booking.Start),
        Text(booking.End),
        MaskName(booking.Name),
        booking.Phone.Length == 11 ? booking.Phone[..3] + "****" + booking.Phone[7..] : "***",
        booking.Status,
        booking.ConfirmByPhone,
        booking.TicketNumber);

    /// <summary>The phone as stored and compared: 11 digits starting with 1 (China mobile), or a 400.</summary>
    public static string Phone(string? phone)
    {
        var digits = (phone ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 11 || digits[0] != '1' || !digits.All(char.IsAsciiDigit))
        {
            throw DomainException.Invalid("phone", "appointment.phoneInvalid", "A mobile number has 11 digits and starts with 1.");
        }

        return digits;
    }

    private static IEnumerable<(TimeOnly Start, TimeOnly End, bool Outside)> Times(AppointmentContext context)
    {
        var ranges = context.Options.OfficeHours.Select(r => (Range: r, Outside: false));
        if (context.OffersOutsideHours)
        {
            ranges = ranges.Concat(context.Options.OutsideHours.Select(r => (Range: r, Outside: true)));
        }

        var minutes = Math.Max(5, context.Options.SlotMinutes);
        return ranges
            .SelectMany(r =>
            {
                var parts = r.Range.Split('-');
                var (from, to) = (TimeOnly.Parse(parts[0], CultureInfo.InvariantCulture), TimeOnly.Parse(parts[1], CultureInfo.InvariantCulture));
                var cuts = new List<(TimeOnly, TimeOnly, bool)>();
                for (var t = from; t.AddMinutes(minutes) <= to && t.AddMinutes(minutes) > t; t = t.AddMinutes(minutes))
                {
                    cuts.Add((t, t.AddMinutes(minutes), r.Outside));
                }

                return cuts;
            })
            .OrderBy(t => t.Item1);
    }

    private static AppointmentChange Step(AppointmentBookState state, Booking before, Booking after, string action, string actorId, AppointmentContext context)
    {
        var change = new AppointmentChange(state, context.Now, actorId);
        change.Record(action, before, after, state.With(after));
        return change;
    }

    private static Booking Find(AppointmentBookState state, string? code) =>
        state.Find(BookingCode.Normalize(code)) ?? throw Unknown();

    private static DomainException Unknown() =>
        DomainException.NotFound("code", "appointment.unknown", "No booking matches this code (and phone).");

    private static TimeOnly Time(string? text, string field) =>
        TimeOnly.TryParseExact((text ?? string.Empty).Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw DomainException.Invalid(field, "appointment.timeMalformed", "A time is written HH:mm, e.g. 09:30.");

    private static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string MaskName(string name) => name.Length switch
    {
        0 => string.Empty,
        1 => "*",
        2 => name[..1] + "*",
        _ => name[..1] + new string('*', name.Length - 2) + name[^1..],
    };

    private static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw DomainException.Invalid(field, "field.required", $"{field} is required.") : value.Trim();

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
