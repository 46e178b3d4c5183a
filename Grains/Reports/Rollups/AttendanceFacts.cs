using Network.Grains.Duty;

namespace Network.Grains.Reports.Rollups;

/// <summary>
/// The facts a point's attendance sheet (考勤) of a day counts, pure, from its state alone: each
/// vacant post (空岗) one <see cref="RollupFigures.VacantPost"/> on the sheet's day at its window.
/// </summary>
public static class AttendanceFacts
{
    public static IEnumerable<RollupFact> Of(AttendanceState state) =>
        state.VacantPosts.Select(v => new RollupFact(state.Date, state.PointCode, v.WindowId, string.Empty, string.Empty, RollupFigures.VacantPost, string.Empty, 1));
}
