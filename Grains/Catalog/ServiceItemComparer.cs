using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog;

/// <summary>
/// Records compare lists by reference; items are equal when their contents are. The version and the
/// effective day are not content: they are what a catalog gives a published item.
/// </summary>
public sealed class ServiceItemComparer : IEqualityComparer<ServiceItem>
{
    public static readonly ServiceItemComparer Instance = new();

    public bool Equals(ServiceItem? x, ServiceItem? y) =>
        x is not null && y is not null
        && (x.Id, x.Name, x.Conditions, x.LegalBasis, x.Procedure, x.TimeLimitWorkingDays, x.Result, x.Fee, x.WindowId, x.DecidingTier, x.Kind, x.PartTimeLimitWorkingDays, x.DecidedAs)
            == (y.Id, y.Name, y.Conditions, y.LegalBasis, y.Procedure, y.TimeLimitWorkingDays, y.Result, y.Fee, y.WindowId, y.DecidingTier, y.Kind, y.PartTimeLimitWorkingDays, y.DecidedAs)
        && (x.FeeFen, x.FeeUnit, x.FeeBasis, x.FeeInAdvance, x.CollectsFor) == (y.FeeFen, y.FeeUnit, y.FeeBasis, y.FeeInAdvance, y.CollectsFor)
        && (x.Code, x.Hours, x.Contact) == (y.Code, y.Hours, y.Contact)
        && x.RequiredMaterials.SequenceEqual(y.RequiredMaterials)
        && x.JointWindowIds.SequenceEqual(y.JointWindowIds);

    public int GetHashCode(ServiceItem obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}
