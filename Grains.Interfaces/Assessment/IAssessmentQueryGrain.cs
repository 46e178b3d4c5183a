using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Assessment;

/// <summary>
/// Assessment (考核) and publication read from the daily rollups: one call per request (a stateless
/// worker; key 0). The grain checks the actor's reach itself: a point outside it is refused (403
/// <c>auth.jurisdiction</c>); only directors, supervisors and the city monitor read assessments.
/// </summary>
public interface IAssessmentQueryGrain : IGrainWithIntegerKey
{
    /// <summary>The service index of every point, window and clerk at and below <paramref name="pointCode"/> for <paramref name="month"/> (yyyy-MM), with township and city ranks.</summary>
    Task<AssessmentMonth> GetMonth(Actor actor, string pointCode, string month);

    /// <summary>Candidates for 文明窗口 and 先进个人 at and below <paramref name="pointCode"/> for a quarter (1–4).</summary>
    Task<AwardCandidates> GetCandidates(Actor actor, string pointCode, int year, int quarter);

    /// <summary>The public quarterly publication (办结公告) of a point: anonymous, aggregates only.</summary>
    Task<QuarterlyPublication> GetPublication(string pointCode, int year, int quarter);

    /// <summary>The published 通报 of the actor's city, newest month first.</summary>
    Task<IReadOnlyList<BulletinSummary>> ListBulletins(Actor actor, string cityCode);
}
