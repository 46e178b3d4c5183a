using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Fees;

/// <summary>
/// One window's collection day (收费日账), keyed <c>{point code}/{window id}/{yyyy-MM-dd}</c>
/// (<see cref="CollectionDayKey"/>): its receipts, refunds and close. Payments are taken only on the
/// day itself and only while the day is open; the close locks it.
/// </summary>
public interface ICollectionDayGrain : IGrainWithStringKey
{
    Task<CollectionDayView> Charge(ChargeCommand command);

    Task<CollectionDayView> CollectBill(CollectBillCommand command);

    Task<CollectionDayView> Refund(RefundCommand command);

    Task<CollectionDayView> Close(CloseDayCommand command);

    /// <summary>The day as the actor sees it (an empty open day when nothing was taken yet).</summary>
    Task<CollectionDayView> Get(Actor actor);

    /// <summary>One receipt of the day, or null when the day has no such receipt number.</summary>
    Task<FeeReceipt?> GetReceipt(Actor actor, string receiptNumber);
}
