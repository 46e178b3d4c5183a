namespace Network.Grains.Interfaces.ProxyErrands;

/// <summary>
/// The seven steps of assisted and proxy handling (帮办代办), in order: 委托、受理、办理、送达、归档、上报、回访.
/// The call-back is the last step and has a deadline of its own.
/// </summary>
public enum ProxyErrandStep
{
    /// <summary>委托: the applicant entrusts the agent, with a power of attorney (委托书).</summary>
    Entrusted = 0,

    /// <summary>受理: the matter is taken in.</summary>
    Accepted = 1,

    /// <summary>办理: the agent carries it through (to the deciding tier and back).</summary>
    Handled = 2,

    /// <summary>送达: the result is delivered to the applicant (the matter is closed by then).</summary>
    Delivered = 3,

    /// <summary>归档: the errand's papers are filed.</summary>
    Filed = 4,

    /// <summary>上报: the errand is reported to the tier above.</summary>
    Reported = 5,

    /// <summary>回访: the applicant is called back; due within the configured working days of delivery.</summary>
    CalledBack = 6,
}
