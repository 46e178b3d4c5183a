using Network.Grains.Interfaces.Assessment;

namespace Network.Grains.Assessment;

/// <summary>
/// The matters', ratings' and complaints' figures of a period as the assessment needs them, read
/// from the daily rollups (never the ledger): per unit (each point, window and clerk) of a city,
/// and per service item of one point (for the public quarterly page).
/// </summary>
public interface IAssessmentFigureSource
{
    /// <summary>Figures per point, window and clerk at points within <paramref name="cityCode"/>, China days <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<(AssessmentUnit Unit, AssessmentFigures Figures)>> ReadUnitsAsync(string cityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Figures per service item at <paramref name="pointCode"/> itself, China days <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<(string ItemId, AssessmentFigures Figures)>> ReadItemsAsync(string pointCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
