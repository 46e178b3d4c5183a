namespace Network.Gateway.Contracts;

/// <summary>A year's holiday schedule as published by the State Council.</summary>
public sealed record CalendarBody(int Year, string Source, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays);

/// <summary>
/// Creates or changes an account; the id is in the route. A new account needs a password; on an
/// existing one a password is a reset (the clerk must change it at the next sign-in), left out it is kept.
/// </summary>
public sealed record AccountBody(string DisplayName, string Role, string PointCode, string? Password = null, bool Disabled = false);

/// <summary>An account as administrators see it (never the password hash).</summary>
public sealed record AccountView(string Id, string DisplayName, string Role, string PointCode, bool Disabled, DateTimeOffset? LockedUntil = null, bool MustChangePassword = false)
{
    public static AccountView From(Security.ClerkAccount a) => new(a.Id, a.DisplayName, a.Role, a.PointCode, a.Disabled, a.LockedUntil, a.MustChangePassword);
}
