using Network.Grains.Catalog.Rules;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.CatalogChanges;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Oversight;

namespace Network.Grains.CatalogChanges.Rules;

/// <summary>
/// Changes of a point's implementation list (pure): a point proposes a deviation from the master
/// catalog or an own item, with a reason and the day it should take effect; the city approves it
/// (effective on a day not before the approval) or refuses it with a reason. An approved change is
/// adopted by the point's catalog as the item's next version from that day.
/// </summary>
public static class CatalogChangeRules
{
    public const int MaxText = 1000;

    public static OversightChange<CatalogChangeState> Propose(string number, ProposeCatalogChangeCommand command, CatalogChangeContext context)
    {
        var actor = command.Actor;
        CatalogChangePolicy.EnsureProposer(actor, context);
        var point = CaseNumber.PointOf(CaseNumber.CatalogChange, number);
        if (point.Value != actor.PointCode)
        {
            throw OversightPolicy.Jurisdiction("pointCode", $"{actor.Id} of {actor.PointCode} may not propose a change of the catalog of {point}.");
        }

        var profile = context.Point(point.Value) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        var item = ServiceItemCheck.ForPoint(command.Item, "item", profile);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var from = EffectiveFrom(command.EffectiveFrom, context);
        ServiceItem? master = null;
        IReadOnlyList<string> differences = [];
        var kind = CatalogChangeKind.LocalItem;
        if (item.Code is not null && !ItemCode.IsLocalOf(item.Code, point.Value))
        {
            master = context.Master.GetValueOrDefault(ImplementationListRules.Governed(item, "item", point, context.Master));
            differences = CatalogStandard.Differences(item, master!);
            if (differences.Count == 0)
            {
                throw DomainException.Invalid("item", "catalogChange.noDeviation", $"{item.Name} follows the master catalog ({item.Code}): publish it in the implementation list, no approval is needed.");
            }

            kind = CatalogChangeKind.Deviation;
        }

        var state = new CatalogChangeState
        {
            Number = number,
            PointCode = point.Value,
            PointName = profile.Name,
            CityCode = ItemCode.CityOf(point),
            Kind = kind,
            Item = item,
            MasterItem = master,
            Differences = differences,
            Reason = reason,
            RequestedFrom = from,
            Status = CatalogChangeStatus.Proposed,
            ProposedBy = actor.Id,
            ProposedAt = context.Now,
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
            LastCommandFingerprint = context.Fingerprint,
        };
        var change = new OversightChange<CatalogChangeState>(null, context.Now, actor.Id);
        change.Record("propose", state, kind == CatalogChangeKind.Deviation ? $"{item.Code} {item.Name}: {string.Join(", ", differences)}" : $"{item.Id} {item.Name}");
        return change;
    }

    public static OversightChange<CatalogChangeState> Approve(CatalogChangeState state, ApproveCatalogChangeCommand command, CatalogChangeContext context)
    {
        CatalogChangePolicy.Ensure(state, command.Actor, CatalogChangeAction.Approve, context);
        var from = EffectiveFrom(command.EffectiveFrom ?? state.RequestedFrom, context);
        var item = state.Item.Code is null ? state.Item with { Code = ItemCode.Local(state.PointCode, state.Number) } : state.Item;
        var change = new OversightChange<CatalogChangeState>(state, context.Now, command.Actor.Id);
        change.Record(
            "approve",
            state with
            {
                Status = CatalogChangeStatus.Approved,
                Item = item,
                DecidedBy = command.Actor.Id,
                DecidedAt = context.Now,
                EffectiveFrom = from,
                Note = command.Note is null ? null : Require.Text(command.Note, "note", MaxText),
                LastCommandFingerprint = context.Fingerprint,
            },
            $"{item.Code} in force at {state.PointCode} from {from:yyyy-MM-dd}",
            state.CityCode);
        return change;
    }

    public static OversightChange<CatalogChangeState> Refuse(CatalogChangeState state, RefuseCatalogChangeCommand command, CatalogChangeContext context)
    {
        CatalogChangePolicy.Ensure(state, command.Actor, CatalogChangeAction.Refuse, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var change = new OversightChange<CatalogChangeState>(state, context.Now, command.Actor.Id);
        change.Record(
            "refuse",
            state with
            {
                Status = CatalogChangeStatus.Refused,
                DecidedBy = command.Actor.Id,
                DecidedAt = context.Now,
                RefusalReason = reason,
                LastCommandFingerprint = context.Fingerprint,
            },
            reason,
            state.CityCode);
        return change;
    }

    private static DateOnly EffectiveFrom(DateOnly day, CatalogChangeContext context) =>
        day >= context.Today
            ? day
            : throw DomainException.Invalid("effectiveFrom", "catalogChange.effectiveFrom", $"A change takes effect today ({context.Today:yyyy-MM-dd}) or later, never in the past.");
}
