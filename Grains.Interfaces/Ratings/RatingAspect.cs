namespace Network.Grains.Interfaces.Ratings;

/// <summary>What of the service a rating is about (评价内容); the citizen may tick any of them.</summary>
public enum RatingAspect
{
    /// <summary>服务态度.</summary>
    Attitude = 0,

    /// <summary>办事效率.</summary>
    Efficiency = 1,

    /// <summary>办理结果.</summary>
    Result = 2,
}
