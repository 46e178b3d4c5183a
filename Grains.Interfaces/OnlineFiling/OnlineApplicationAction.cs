namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// What staff can do to an online application. The application's policy decides which of them an
/// actor may take in its state; views list them and the console draws its forms from that list.
/// </summary>
public enum OnlineApplicationAction
{
    /// <summary>Read it, its files and its history.</summary>
    Read = 0,

    /// <summary>Accept it (受理): it becomes a matter at the item's window.</summary>
    Accept = 1,

    /// <summary>Tell the applicant, once, everything that is missing (一次性告知).</summary>
    NotifyMissing = 2,

    /// <summary>Refuse it with a reason (不予受理).</summary>
    Refuse = 3,

    /// <summary>Raise the late flag of a pre-examination not done within one working day (电子监察).</summary>
    CheckDeadlines = 4,
}
