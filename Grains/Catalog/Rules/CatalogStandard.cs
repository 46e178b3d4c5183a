using Network.Grains.Interfaces.Catalog;

namespace Network.Grains.Catalog.Rules;

/// <summary>
/// The city-wide standard of an item (四统一: one name, conditions, basis, procedure, materials, time
/// limit, result and fee everywhere, and one deciding tier and kind): the fields a point's
/// implementation must take from the master catalog unless the city approved a deviation. Window,
/// joint windows, the item's id at the point, hours, contact and the payee of a 代收 item are the
/// point's own details.
/// </summary>
public static class CatalogStandard
{
    /// <summary>The names of the standard fields in which <paramref name="item"/> differs from <paramref name="standard"/>.</summary>
    public static IReadOnlyList<string> Differences(ServiceItem item, ServiceItem standard)
    {
        var differences = new List<string>();
        void Compare(bool same, string name)
        {
            if (!same)
            {
                differences.Add(name);
            }
        }

        Compare(item.Name == standard.Name, "name");
        Compare(item.Conditions == standard.Conditions, "conditions");
        Compare(item.LegalBasis == standard.LegalBasis, "legalBasis");
        Compare(item.Procedure == standard.Procedure, "procedure");
        Compare(item.RequiredMaterials.SequenceEqual(standard.RequiredMaterials), "requiredMaterials");
        Compare(item.TimeLimitWorkingDays == standard.TimeLimitWorkingDays, "timeLimitWorkingDays");
        Compare(item.Result == standard.Result, "result");
        Compare(item.Fee == standard.Fee, "fee");
        Compare((item.FeeFen, item.FeeUnit, item.FeeBasis, item.FeeInAdvance) == (standard.FeeFen, standard.FeeUnit, standard.FeeBasis, standard.FeeInAdvance), "feeFen");
        Compare(item.DecidingTier == standard.DecidingTier, "decidingTier");
        Compare(item.Kind == standard.Kind, "kind");
        return differences;
    }
}
