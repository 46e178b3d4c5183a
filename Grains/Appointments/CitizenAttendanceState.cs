namespace Network.Grains.Appointments;

/// <summary>The no-shows of one citizen (by phone hash): booking code and day.</summary>
[GenerateSerializer]
public sealed class CitizenAttendanceState
{
    [Id(0)]
    public List<(string Code, DateOnly Day)> NoShows { get; set; } = [];
}
