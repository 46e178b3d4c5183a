namespace Network.Grains.Interfaces.Consultations;

/// <summary>What an actor can do with a consultation (咨询).</summary>
public enum ConsultationAction
{
    /// <summary>See it: the staff of its point, directors and supervisors above, the city monitor.</summary>
    Read = 0,

    /// <summary>Record the answer (答复): its owner.</summary>
    Answer = 1,

    /// <summary>Pass first-inquiry responsibility to a named clerk of the point (首问负责移交): its owner, or a director of the point.</summary>
    HandOver = 2,

    /// <summary>Take the citizen's application in as a matter (转为办件): its owner, at a window they staff.</summary>
    TurnIntoMatter = 3,
}
