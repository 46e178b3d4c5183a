namespace Network.Grains.Interfaces.Consultations;

/// <summary>Where a consultation (咨询) stands. It is never a matter: no receipt, no register line, no deadline.</summary>
public enum ConsultationStatus
{
    /// <summary>Recorded, the answer still to be found (待答复): its owner must answer or hand it over.</summary>
    Open = 0,

    /// <summary>Answered (已答复): the question and the answer are on record.</summary>
    Answered = 1,

    /// <summary>Turned into a matter (已转办件): the citizen applied after asking; the matter's receipt is linked.</summary>
    TurnedIntoMatter = 2,
}
