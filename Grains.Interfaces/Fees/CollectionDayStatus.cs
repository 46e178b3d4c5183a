namespace Network.Grains.Interfaces.Fees;

/// <summary>The state of a window's collection day (收费日账).</summary>
public enum CollectionDayStatus
{
    /// <summary>Taking payments.</summary>
    Open = 0,

    /// <summary>Closed (日结): the counted cash reconciled with the ledger; the day is locked.</summary>
    Closed = 1,
}
