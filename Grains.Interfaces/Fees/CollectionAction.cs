namespace Network.Grains.Interfaces.Fees;

/// <summary>What an actor may do to a window's collection day.</summary>
public enum CollectionAction
{
    /// <summary>Read the day's ledger and totals.</summary>
    Read = 0,

    /// <summary>Charge a catalog item's fee for a matter (收费), issuing a receipt.</summary>
    Charge = 1,

    /// <summary>Collect a bill for a third party (代收: electricity, water, gas), issuing a receipt.</summary>
    CollectBill = 2,

    /// <summary>Refund a receipt of the day (退费): the director, with a reason.</summary>
    Refund = 3,

    /// <summary>Close the day (日结): reconcile the counted cash and lock the day.</summary>
    Close = 4,
}
