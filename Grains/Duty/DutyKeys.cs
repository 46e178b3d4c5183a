using System.Globalization;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Duty;

/// <summary>Keys of rosters (<c>{point}/{yyyy-MM}</c>) and attendance sheets (<c>{point}/{yyyy-MM-dd}</c>).</summary>
public static class DutyKeys
{
    public static string Roster(string pointCode, DateOnly date) => $"{pointCode}/{date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    public static string Attendance(string pointCode, DateOnly date) => $"{pointCode}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static (string PointCode, string Month) ParseRoster(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 2 && DivisionCode.TryParse(parts[0], out _, out _) && parts[1].Length == 7
            ? (parts[0], parts[1])
            : throw new FormatException($"'{key}' is not a roster key (point/yyyy-MM).");
    }

    public static (string PointCode, DateOnly Date) ParseAttendance(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 2 && DivisionCode.TryParse(parts[0], out _, out _)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (parts[0], date)
            : throw new FormatException($"'{key}' is not an attendance key (point/yyyy-MM-dd).");
    }
}
