using Network.Grains.Fees;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Catalog.Rules;

/// <summary>
/// The checks of one service item's fields (pure): against the point that implements it (its windows,
/// its tier), or as an item of a city's master catalog (no window: each point adds its own).
/// Answers the item as it is stored (trimmed text, normalised lists) or refuses naming the field.
/// </summary>
public static class ServiceItemCheck
{
    public const int MaxTimeLimitWorkingDays = 60;

    /// <summary>An item of a point's implementation list.</summary>
    public static ServiceItem ForPoint(ServiceItem? item, string field, ServicePointProfile point) => Check(item, field, point);

    /// <summary>An item of a city's master catalog: it must carry a master code of <paramref name="cityCode"/>.</summary>
    public static ServiceItem ForMaster(ServiceItem? item, string field, string cityCode)
    {
        var checkedItem = Check(item, field, null);
        return checkedItem with { Code = ItemCode.EnsureMaster(item!.Code, cityCode, $"{field}.code") };
    }

    private static ServiceItem Check(ServiceItem? item, string field, ServicePointProfile? point)
    {
        if (item is null)
        {
            throw DomainException.Invalid(field, "item.required", $"{field} is required.");
        }

        var id = Require.Slug(item.Id, $"{field}.id");
        var materials = (item.RequiredMaterials ?? []).Select((m, i) => Require.Text(m, $"{field}.requiredMaterials[{i}]", 100)).ToArray();
        if (materials.Distinct(StringComparer.Ordinal).Count() != materials.Length)
        {
            throw DomainException.Invalid($"{field}.requiredMaterials", "materials.duplicate", "A required material is listed twice.");
        }

        if (point is not null && point.FindWindow(item.WindowId ?? string.Empty) is null)
        {
            throw DomainException.Invalid($"{field}.windowId", "window.unknown", $"Point {point.Code} has no window '{item.WindowId}'.");
        }

        if (!Enum.IsDefined(item.Kind))
        {
            throw DomainException.Invalid($"{field}.kind", "item.kind", "kind must be Immediate, Promised or Joint.");
        }

        if (!Enum.IsDefined(item.DecidingTier) || (point is not null && item.DecidingTier < point.Tier))
        {
            throw DomainException.Invalid($"{field}.decidingTier", "item.decidingTier", $"The deciding tier must be the point's own ({point?.Tier}) or one above it.");
        }

        var limit = item.TimeLimitWorkingDays;
        if (item.Kind == MatterKind.Immediate ? limit != 0 : limit is < 1 or > MaxTimeLimitWorkingDays)
        {
            throw DomainException.Invalid(
                $"{field}.timeLimitWorkingDays",
                "item.timeLimit",
                item.Kind == MatterKind.Immediate
                    ? "An immediate item is finished the same day: its time limit is 0."
                    : $"A promised or joint item's time limit is 1 to {MaxTimeLimitWorkingDays} working days.");
        }

        var joint = point is null ? [] : JointWindows(item, field, point, limit);
        var decidedAs = point is null || item.DecidedAs is null ? null : Require.Slug(item.DecidedAs, $"{field}.decidedAs");
        if (decidedAs is not null && item.DecidingTier == point!.Tier)
        {
            throw DomainException.Invalid($"{field}.decidedAs", "item.decidedAs", "Only an item decided above this point names the item it is decided as there.");
        }

        return new ServiceItem(
            id,
            Require.Text(item.Name, $"{field}.name", 100),
            Require.Text(item.Conditions, $"{field}.conditions", 2000),
            Require.Text(item.LegalBasis, $"{field}.legalBasis", 2000),
            Require.Text(item.Procedure, $"{field}.procedure", 2000),
            materials,
            limit,
            Require.Text(item.Result, $"{field}.result", 500),
            Require.Text(item.Fee, $"{field}.fee", 200),
            point is null ? string.Empty : item.WindowId!,
            item.DecidingTier,
            item.Kind,
            joint)
        {
            PartTimeLimitWorkingDays = point is not null && item.Kind == MatterKind.Joint ? item.PartTimeLimitWorkingDays : 0,
            DecidedAs = decidedAs,
            FeeFen = FeeSchedule.CheckedFee(item.FeeFen, $"{field}.feeFen"),
            FeeUnit = item.FeeUnit is null ? null : Require.Text(item.FeeUnit, $"{field}.feeUnit", 20),
            FeeBasis = item.FeeFen > 0 || item.FeeBasis is not null ? Require.Text(item.FeeBasis, $"{field}.feeBasis", 500) : null,
            FeeInAdvance = item.FeeFen > 0 && item.FeeInAdvance,
            CollectsFor = point is null || item.CollectsFor is null ? null : Require.Text(item.CollectsFor, $"{field}.collectsFor", 100),
            Code = item.Code is null ? null : Require.Text(item.Code, $"{field}.code", 40),
            Hours = point is null || item.Hours is null ? null : Require.Text(item.Hours, $"{field}.hours", 100),
            Contact = point is null || item.Contact is null ? null : Require.Text(item.Contact, $"{field}.contact", 50),
        };
    }

    private static string[] JointWindows(ServiceItem item, string field, ServicePointProfile point, int limit)
    {
        var joint = (item.JointWindowIds ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (item.Kind != MatterKind.Joint)
        {
            return joint.Length > 0
                ? throw DomainException.Invalid($"{field}.jointWindowIds", "item.jointWindows", "Only a joint item names joint windows.")
                : joint;
        }

        if (joint.Length < 2 || !joint.Contains(item.WindowId))
        {
            throw DomainException.Invalid($"{field}.jointWindowIds", "item.jointWindows", "A joint item names two or more windows, including its accepting window.");
        }

        var unknown = joint.FirstOrDefault(w => !w.Contains('/', StringComparison.Ordinal) && point.FindWindow(w) is null);
        if (unknown is not null)
        {
            throw DomainException.Invalid($"{field}.jointWindowIds", "window.unknown", $"Point {point.Code} has no window '{unknown}'.");
        }

        foreach (var remote in joint.Where(w => w.Contains('/', StringComparison.Ordinal)))
        {
            var parts = remote.Split('/');
            if (parts.Length != 2)
            {
                throw DomainException.Invalid($"{field}.jointWindowIds", "window.unknown", $"'{remote}' is neither window-id nor point-code/window-id.");
            }

            DivisionCode.Parse(parts[0], $"{field}.jointWindowIds");
            Require.Slug(parts[1], $"{field}.jointWindowIds");
        }

        if (item.PartTimeLimitWorkingDays < 0 || item.PartTimeLimitWorkingDays > limit)
        {
            throw DomainException.Invalid($"{field}.partTimeLimitWorkingDays", "item.partTimeLimit", "A window's time limit is 0 (the overall limit) up to the overall limit.");
        }

        return joint;
    }
}
