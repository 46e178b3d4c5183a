namespace Network.Grains.Interfaces.Appointments;

/// <summary>
/// A bookable slot of a window on a working day: its times (China time, "HH:mm"), capacity and
/// how many are booked; <paramref name="OutsideHours"/> for a slot outside office hours
/// (预约服务时间, where the point offers them). Public.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AppointmentSlot(
    [property: Id(0)] string WindowId,
    [property: Id(1)] string Start,
    [property: Id(2)] string End,
    [property: Id(3)] int Capacity,
    [property: Id(4)] int Booked,
    [property: Id(5)] bool OutsideHours)
{
    public int Left => Math.Max(0, Capacity - Booked);
}

/// <summary>A point's slots of one day: none on a day that is not a working day (holidays, weekends not made workdays).</summary>
[GenerateSerializer, Immutable]
public sealed record AppointmentDay(
    [property: Id(0)] string PointCode,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] bool WorkingDay,
    [property: Id(3)] IReadOnlyList<AppointmentSlot> Slots);
