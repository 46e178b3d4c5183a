namespace Network.Gateway.Contracts;

// Bodies of the appointment operations (预约). Name and phone are sealed once stored and never echoed.

/// <summary>A booking from the public page: the day (yyyy-MM-dd), window, item, slot start (HH:mm), the citizen's name and mobile number.</summary>
public sealed record BookAppointmentBody(string Date, string WindowId, string ItemId, string Start, string Name, string Phone);

/// <summary>Cancelling needs the phone the booking was made with.</summary>
public sealed record CancelAppointmentBody(string Phone);

/// <summary>Check-in at the kiosk with the booking code.</summary>
public sealed record CheckInBody(string Code);
