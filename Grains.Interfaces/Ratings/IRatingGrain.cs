using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Ratings;

/// <summary>
/// One rating (好差评), keyed by its id (<see cref="RatingIds"/>: the matter and the occasion).
/// Written once by the citizen, never changed by staff; a bad one opens a rectification with the
/// same id. Set aside only by a decided appeal, and then it stays in the ledger but leaves the
/// statistics. The counter occasion is rated through the window's desk (<see cref="IRatingDeskGrain"/>).
/// </summary>
public interface IRatingGrain : IGrainWithStringKey
{
    /// <summary>Rates a closed matter (一事一评) with the progress proof; key <see cref="RatingIds.Closing"/>.</summary>
    Task<RatingReceipt> RateAfterClosing(RateAfterClosingCommand command);

    /// <summary>Whether the citizen (with the progress proof) may rate the closed matter now; key <see cref="RatingIds.Closing"/>.</summary>
    Task<RatingOpportunity> ForCitizen(Matters.ProgressProof proof);

    /// <summary>The rating as staff of a point it concerns see it (no personal data), or null when it was never given.</summary>
    Task<RatingView?> Get(Actor actor);
}
