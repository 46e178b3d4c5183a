using Network.Grains.Interfaces;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Catalog;

/// <summary>A point's public catalog of service items (八公开), checked against the point.</summary>
public sealed class CatalogGrain(
    [PersistentState("catalog", StorageNames.Network)] IPersistentState<CatalogState> state) : Grain, ICatalogGrain
{
    private const int MaxTimeLimitWorkingDays = 60;

    public async Task Publish(IReadOnlyList<ServiceItem> items)
    {
        var code = DivisionCode.Parse(this.GetPrimaryKeyString());
        var profile = await GrainFactory.Reference<IServicePointGrain>(code.Value).GetProfile()
            ?? throw DomainException.NotFound("code", "point.undefined", $"Service point {code} is not defined.");

        var checkedItems = new List<ServiceItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = Check(items![i], $"items[{i}]", profile);
            if (!ids.Add(item.Id))
            {
                throw DomainException.Invalid($"items[{i}].id", "item.duplicate", $"Item id '{item.Id}' appears twice.");
            }

            await CheckRemoteWindowsAsync(item, $"items[{i}]");
            checkedItems.Add(item);
        }

        if (state.State.Items.SequenceEqual(checkedItems, ServiceItemComparer.Instance))
        {
            return;
        }

        state.State.Items = checkedItems;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<ServiceItem>> List() => Task.FromResult<IReadOnlyList<ServiceItem>>(state.State.Items.ToArray());

    public Task<ServiceItem?> Find(string itemId) =>
        Task.FromResult(state.State.Items.FirstOrDefault(i => i.Id == itemId));

    private static ServiceItem Check(ServiceItem? item, string field, ServicePointProfile point)
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

        if (point.FindWindow(item.WindowId ?? string.Empty) is null)
        {
            throw DomainException.Invalid($"{field}.windowId", "window.unknown", $"Point {point.Code} has no window '{item.WindowId}'.");
        }

        if (!Enum.IsDefined(item.Kind))
        {
            throw DomainException.Invalid($"{field}.kind", "item.kind", "kind must be Immediate, Promised or Joint.");
        }

        if (!Enum.IsDefined(item.DecidingTier) || item.DecidingTier < point.Tier)
        {
            throw DomainException.Invalid($"{field}.decidingTier", "item.decidingTier", $"The deciding tier must be the point's own ({point.Tier}) or one above it.");
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

        var joint = (item.JointWindowIds ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (item.Kind == MatterKind.Joint)
        {
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
        }
        else if (joint.Length > 0)
        {
            throw DomainException.Invalid($"{field}.jointWindowIds", "item.jointWindows", "Only a joint item names joint windows.");
        }

        var decidedAs = item.DecidedAs is null ? null : Require.Slug(item.DecidedAs, $"{field}.decidedAs");
        if (decidedAs is not null && item.DecidingTier == point.Tier)
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
            item.WindowId!,
            item.DecidingTier,
            item.Kind,
            joint)
        {
            PartTimeLimitWorkingDays = item.Kind == MatterKind.Joint ? item.PartTimeLimitWorkingDays : 0,
            DecidedAs = decidedAs,
            FeeFen = Fees.FeeSchedule.CheckedFee(item.FeeFen, $"{field}.feeFen"),
            FeeUnit = item.FeeUnit is null ? null : Require.Text(item.FeeUnit, $"{field}.feeUnit", 20),
            FeeBasis = item.FeeFen > 0 ? Require.Text(item.FeeBasis, $"{field}.feeBasis", 500) : item.FeeBasis is null ? null : Require.Text(item.FeeBasis, $"{field}.feeBasis", 500),
            FeeInAdvance = item.FeeFen > 0 && item.FeeInAdvance,
            CollectsFor = item.CollectsFor is null ? null : Require.Text(item.CollectsFor, $"{field}.collectsFor", 100),
        };
    }

    /// <summary>Joint windows at other points must exist there.</summary>
    private async Task CheckRemoteWindowsAsync(ServiceItem item, string field)
    {
        foreach (var remote in item.JointWindowIds.Where(w => w.Contains('/', StringComparison.Ordinal)))
        {
            var (code, windowId) = (remote.Split('/')[0], remote.Split('/')[1]);
            var profile = await GrainFactory.Reference<IServicePointGrain>(code).GetProfile();
            if (profile?.FindWindow(windowId) is null)
            {
                throw DomainException.Invalid($"{field}.jointWindowIds", "window.unknown", $"Point {code} has no window '{windowId}'.");
            }
        }
    }

    /// <summary>Records compare lists by reference; items are equal when their contents are.</summary>
    private sealed class ServiceItemComparer : IEqualityComparer<ServiceItem>
    {
        public static readonly ServiceItemComparer Instance = new();

        public bool Equals(ServiceItem? x, ServiceItem? y) =>
            x is not null && y is not null
            && (x.Id, x.Name, x.Conditions, x.LegalBasis, x.Procedure, x.TimeLimitWorkingDays, x.Result, x.Fee, x.WindowId, x.DecidingTier, x.Kind, x.PartTimeLimitWorkingDays, x.DecidedAs)
                == (y.Id, y.Name, y.Conditions, y.LegalBasis, y.Procedure, y.TimeLimitWorkingDays, y.Result, y.Fee, y.WindowId, y.DecidingTier, y.Kind, y.PartTimeLimitWorkingDays, y.DecidedAs)
            && (x.FeeFen, x.FeeUnit, x.FeeBasis, x.FeeInAdvance, x.CollectsFor) == (y.FeeFen, y.FeeUnit, y.FeeBasis, y.FeeInAdvance, y.CollectsFor)
            && x.RequiredMaterials.SequenceEqual(y.RequiredMaterials)
            && x.JointWindowIds.SequenceEqual(y.JointWindowIds);

        public int GetHashCode(ServiceItem obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
