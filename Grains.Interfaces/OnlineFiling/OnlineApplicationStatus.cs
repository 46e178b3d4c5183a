namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>Where an online application (网上申报) stands.</summary>
public enum OnlineApplicationStatus
{
    /// <summary>Being filled in: the applicant adds files, nothing has been sent to the point yet (填报中).</summary>
    Draft = 0,

    /// <summary>Sent to the point, waiting for its pre-examination within one working day (待预审).</summary>
    Submitted = 1,

    /// <summary>The point told the applicant, once, everything that is missing (一次性告知); the applicant adds files and resubmits.</summary>
    NeedsMaterials = 2,

    /// <summary>Accepted (受理): it is now a matter, whose deadline counts from the acceptance.</summary>
    Accepted = 3,

    /// <summary>Refused with a reason (不予受理).</summary>
    Refused = 4,
}
