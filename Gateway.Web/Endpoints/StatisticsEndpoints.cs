using System.Globalization;
using Network.Gateway.Security;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Statistics;

namespace Network.Gateway.Endpoints;

/// <summary>
/// Statistics (统计) and the city monitor's history (issue 11): each request is one call of the
/// statistics grain with the signed-in actor, which decides what the actor may see and reads the
/// report rollups. Bad input is a problem naming its field.
/// </summary>
internal static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var points = api.MapGroup("/points/{pointCode}").WithTags("Statistics");
        points.MapGet("/statistics", ReadAsync).WithName("Statistics").Produces<StatisticsReport>()
            .WithSummary("The figures of the day, week, month, quarter or year containing 'day', with the period before; rows by point, window, item, clerk or day.");
        points.MapGet("/history", HistoryAsync).WithName("MonitorHistory").Produces<MonitorHistory>()
            .WithSummary("Today by hour, the last 'days' days by day, and today's figures one level below (points, or windows of a village): the monitor's charts when the page opens.");
    }

    private static async Task<IResult> ReadAsync(
        string pointCode, HttpContext context, IClusterClient grains,
        string? period = null, string? day = null, string? by = null, bool subtree = false,
        string? windowId = null, string? itemId = null, string? clerkId = null)
    {
        var query = new StatisticsQuery(
            pointCode,
            Parse(period, "period", StatisticsPeriod.Month),
            Day(day) ?? throw DomainException.Invalid("day", "day.required", "day is required: a day of the period, yyyy-MM-dd."))
        {
            Subtree = subtree,
            By = Parse(by, "by", StatisticsBreakdown.None),
            WindowId = Blank(windowId),
            ItemId = Blank(itemId),
            ClerkId = Blank(clerkId),
        };
        return Results.Ok(await grains.GetGrain<IStatisticsGrain>(0).Read(CurrentClerk.ActorOf(context), query));
    }

    private static async Task<IResult> HistoryAsync(string pointCode, HttpContext context, IClusterClient grains, string? windowId = null, int days = 30) =>
        Results.Ok(await grains.GetGrain<IStatisticsGrain>(0).ReadHistory(CurrentClerk.ActorOf(context), pointCode, Blank(windowId), days));

    /// <summary>An enum value by its name (any case), or the default when not given; numbers are refused.</summary>
    private static T Parse<T>(string? text, string field, T fallback)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : !char.IsDigit(text.Trim()[0]) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw DomainException.Invalid(field, $"{field}.invalid", $"{field} is one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");

    private static DateOnly? Day(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw DomainException.Invalid("day", "date.invalid", "day is a day, yyyy-MM-dd.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
