namespace Network.Gateway.Contracts;

/// <summary>A year's holiday schedule as published by the State Council.</summary>
public sealed record CalendarBody(int Year, string Source, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays);

/// <summary>Creates or replaces an account; the id is in the route.</summary>
public sealed record AccountBody(string DisplayName, string Role, string PointCode, string Password, bool Disabled = false);

/// <summary>An account as administrators see it (never the password hash).</summary>
public sealed record AccountView(string Id, string DisplayName, string Role, string PointCode, bool Disabled);
