namespace Network.Grains.Appointments;

/// <summary>A citizen's no-shows in Orleans grain storage (slow-changing, like points and catalogs).</summary>
public sealed class CitizenAttendanceGrain(
    [PersistentState("attendance", StorageNames.Network)] IPersistentState<CitizenAttendanceState> state) : Grain, ICitizenAttendanceGrain
{
    public async Task RecordNoShow(string bookingCode, DateOnly day)
    {
        if (state.State.NoShows.Any(n => n.Code == bookingCode && n.Day == day))
        {
            return;
        }

        state.State.NoShows.Add((bookingCode, day));
        await state.WriteStateAsync();
    }

    public Task<int> CountNoShows(DateOnly since) => Task.FromResult(state.State.NoShows.Count(n => n.Day >= since));
}
