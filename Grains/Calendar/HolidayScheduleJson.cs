using System.Text.Json;
using System.Text.Json.Serialization;
using Network.Grains.Interfaces.Calendar;

namespace Network.Grains.Calendar;

/// <summary>Reads a year's schedule from the data file format of <c>data/calendar/*.json</c>.</summary>
public static class HolidayScheduleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static HolidaySchedule Parse(string json)
    {
        var file = JsonSerializer.Deserialize<ScheduleFile>(json, Options)
            ?? throw new FormatException("The schedule file is empty.");
        var schedule = new HolidaySchedule(
            file.Year,
            file.Source ?? string.Empty,
            file.Holidays ?? [],
            file.Workdays ?? []);
        schedule.Validate();
        return schedule;
    }

    /// <summary>The schedules shipped with this build.</summary>
    public static IReadOnlyList<HolidaySchedule> Embedded()
    {
        var assembly = typeof(HolidayScheduleJson).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("calendar/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            })
            .ToList();
    }

    private sealed record ScheduleFile(
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("holidays")] List<DateOnly>? Holidays,
        [property: JsonPropertyName("workdays")] List<DateOnly>? Workdays);
}
