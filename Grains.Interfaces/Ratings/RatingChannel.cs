namespace Network.Grains.Interfaces.Ratings;

/// <summary>Where a rating was given.</summary>
public enum RatingChannel
{
    /// <summary>The rating device (服务评价器) at the window, right after the citizen was served (一次一评).</summary>
    Device = 0,

    /// <summary>The public progress page, once the matter is closed (一事一评).</summary>
    ProgressPage = 1,

    /// <summary>The link printed on the slip, once the matter is closed (一事一评).</summary>
    Slip = 2,
}
