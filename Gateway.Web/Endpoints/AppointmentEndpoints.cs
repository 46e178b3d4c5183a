using System.Globalization;
using Network.Gateway.Contracts;
using Network.Gateway.Hosting;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Appointments;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Queue;
using Network.Grains.Interfaces.Time;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Appointments (预约): the public booking page reads a day's slots, books, cancels (code and
/// phone; limited like the progress lookup), and the kiosk checks a booking in (a priority
/// ticket). Staff within reach read a day's bookings. One grain call per request: the point's book
/// of the day the request names (the booking code names its day).
/// </summary>
internal static class AppointmentEndpoints
{
    public static void MapAppointmentEndpoints(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var open = app.MapGroup("/public/points/{pointCode}/appointments").WithTags("Public").AllowAnonymous();
        open.MapGet("/slots", SlotsAsync).RequireRateLimiting(RateLimitSetup.PublicReadLimit).WithName("AppointmentSlots").Produces<AppointmentDay>()
            .WithSummary("A day's slots per window (none on a day that is not a working day), with the places left.");
        open.MapPost("/", BookAsync).RequireRateLimiting(PublicEndpoints.LookupLimit).WithName("BookAppointment").Produces<AppointmentConfirmation>();
        open.MapPost("/{code}/cancel", CancelAsync).RequireRateLimiting(PublicEndpoints.LookupLimit).WithName("CancelAppointment").Produces<AppointmentConfirmation>();
        open.MapPost("/check-in", CheckInAsync).RequireRateLimiting(RateLimitSetup.PublicReadLimit).WithName("CheckInAppointment").Produces<TicketSlip>()
            .WithSummary("The kiosk checks a booking of today in: a priority ticket (issued once per booking).");
        api.MapGet("/points/{pointCode}/appointments", BookViewAsync).WithTags("Appointments").WithName("GetAppointments").Produces<AppointmentBookView>();
    }

    private static IAppointmentBookGrain Book(IClusterClient grains, string pointCode, DateOnly day) =>
        grains.GetGrain<IAppointmentBookGrain>(QueueKeys.Of(DivisionCode.Parse(pointCode, "pointCode"), day));

    private static DateOnly Day(string? date) =>
        DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw DomainException.Invalid("date", "date.malformed", "A date is written yyyy-MM-dd.");

    private static async Task<IResult> SlotsAsync(string pointCode, string? date, IClusterClient grains) =>
        Results.Ok(await Book(grains, pointCode, Day(date)).GetSlots());

    private static async Task<IResult> BookAsync(string pointCode, BookAppointmentBody body, IClusterClient grains) =>
        Results.Ok(await Book(grains, pointCode, Day(body.Date)).Book(
            new BookAppointmentCommand(QueueEndpoints.Kiosk(Matters.Point(pointCode).Value), body.WindowId, body.ItemId, body.Start, body.Name, body.Phone)));

    private static async Task<IResult> CancelAsync(string pointCode, string code, CancelAppointmentBody body, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time)
    {
        var normalized = BookingCode.Normalize(code);
        var day = BookingCode.DayOf(normalized, ChinaTime.Today(time));
        return Results.Ok(await Book(grains, pointCode, day).Cancel(new CancelAppointmentCommand(QueueEndpoints.Kiosk(Matters.Point(pointCode).Value), normalized, body.Phone)));
    }

    private static async Task<IResult> CheckInAsync(string pointCode, CheckInBody body, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time)
    {
        var normalized = BookingCode.Normalize(body.Code);
        var day = BookingCode.DayOf(normalized, ChinaTime.Today(time));
        return Results.Ok(await Book(grains, pointCode, day).CheckIn(new CheckInCommand(QueueEndpoints.Kiosk(Matters.Point(pointCode).Value), normalized)));
    }

    private static async Task<IResult> BookViewAsync(string pointCode, string? date, HttpContext context, IClusterClient grains, [FromKeyedServices(ChinaTime.ClockKey)] TimeProvider time) =>
        Results.Ok(await Book(grains, pointCode, date is null ? ChinaTime.Today(time) : Day(date)).Get(CurrentClerk.ActorOf(context)));
}
