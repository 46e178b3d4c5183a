using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Interfaces.Seals;
using Network.Grains.Oversight;

namespace Network.Grains.Seals.Rules;

/// <summary>
/// The seal register's rules (印章加编号，使用审批、登记、备案): a seal is issued with its number,
/// name, scope and custodian; each use is asked for (for a matter or a document), approved, and
/// registered by the custodian; transfers and retirement are recorded with who, when and why.
/// </summary>
public static class SealRules
{
    public const int MaxText = 200;
    public const int MaxCopies = 100;

    public static OversightChange<SealState> Issue(string key, IssueSealCommand command, OversightContext context)
    {
        var (point, serial) = SealKey.Parse(key);
        var profile = context.Point(point) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {point} is not defined.");
        if (SealPolicy.Directs(point, command.Actor, context) is { } refusal)
        {
            throw refusal;
        }

        var (custodianId, custodianName) = Custodian(profile, command.CustodianId);
        var state = new SealState
        {
            Number = key,
            PointCode = point,
            PointName = profile.Name,
            SerialNumber = serial,
            Name = Require.Text(command.Name, "name", MaxText),
            Scope = Require.Text(command.Scope, "scope", MaxText),
            CustodianId = custodianId,
            CustodianName = custodianName,
            Status = SealStatus.InUse,
            IssuedAt = context.Now,
            Custody = [new SealCustody("Issued", custodianId, custodianName, command.Actor.Id, context.Now, null)],
            IntakeFingerprint = context.Fingerprint ?? string.Empty,
        };
        var change = new OversightChange<SealState>(null, context.Now, command.Actor.Id);
        change.Record("Issued", state, $"启用印章 {serial}（{state.Name}），保管人 {custodianName}，使用范围：{state.Scope}");
        return change;
    }

    public static OversightChange<SealState> RequestUse(SealState state, RequestSealUseCommand command, OversightContext context)
    {
        SealPolicy.Ensure(state, command.Actor, SealAction.RequestUse, context);
        var purpose = Require.Text(command.Purpose, "purpose", MaxText);
        string? receipt = null;
        if (!string.IsNullOrWhiteSpace(command.ReceiptNumber))
        {
            ReceiptNumber.PointOf(command.ReceiptNumber);
            receipt = command.ReceiptNumber;
        }

        if (command.Copies is < 1 or > MaxCopies)
        {
            throw DomainException.Invalid("copies", "seal.copies", $"copies is 1 to {MaxCopies}.");
        }

        var use = new SealUse(state.Uses.Count + 1, command.Actor.Id, context.Now, purpose, receipt, command.Copies);
        var change = new OversightChange<SealState>(state, context.Now, command.Actor.Id);
        change.Record(
            "UseRequested",
            state with { Uses = [.. state.Uses, use], LastCommandFingerprint = context.Fingerprint },
            $"用印申请 #{use.Id}：{purpose}" + (receipt is null ? string.Empty : $"（办件 {receipt}）") + $"，{use.Copies} 份");
        return change;
    }

    public static OversightChange<SealState> ApproveUse(SealState state, ApproveSealUseCommand command, OversightContext context)
    {
        SealPolicy.Ensure(state, command.Actor, SealAction.ApproveUse, context);
        var use = Find(state, command.UseId);
        if (use.Approved)
        {
            throw DomainException.Conflict("seal.useApproved", $"Use #{use.Id} of seal {state.SerialNumber} is approved already.", "useId");
        }

        if (use.RequestedBy == command.Actor.Id)
        {
            throw DomainException.Forbidden("actor", "seal.ownRequest", $"{command.Actor.Id} asked for use #{use.Id}; another director approves it.");
        }

        var change = new OversightChange<SealState>(state, context.Now, command.Actor.Id);
        change.Record(
            "UseApproved",
            Replace(state, use with { ApprovedBy = command.Actor.Id, ApprovedAt = context.Now }) with { LastCommandFingerprint = context.Fingerprint },
            $"批准用印 #{use.Id}：{use.Purpose}");
        return change;
    }

    /// <summary>The custodian registers the use (用印登记) — refused unless that very use was approved and not yet registered.</summary>
    public static OversightChange<SealState> RecordUse(SealState state, RecordSealUseCommand command, OversightContext context)
    {
        SealPolicy.Ensure(state, command.Actor, SealAction.RecordUse, context);
        var use = Find(state, command.UseId);
        if (!use.Approved)
        {
            throw DomainException.Conflict("seal.useNotApproved", $"Use #{use.Id} of seal {state.SerialNumber} has not been approved: no seal is used without approval.", "useId");
        }

        if (use.Used)
        {
            throw DomainException.Conflict("seal.useRecorded", $"Use #{use.Id} of seal {state.SerialNumber} was registered already; ask again for another use.", "useId");
        }

        var change = new OversightChange<SealState>(state, context.Now, command.Actor.Id);
        change.Record(
            "Used",
            Replace(state, use with { UsedBy = command.Actor.Id, UsedAt = context.Now }) with { LastCommandFingerprint = context.Fingerprint },
            $"用印登记 #{use.Id}：{use.Purpose}，{use.Copies} 份");
        return change;
    }

    public static OversightChange<SealState> Transfer(SealState state, TransferSealCommand command, OversightContext context)
    {
        SealPolicy.Ensure(state, command.Actor, SealAction.Transfer, context);
        var profile = context.Point(state.PointCode) ?? throw DomainException.NotFound("pointCode", "point.undefined", $"Service point {state.PointCode} is not defined.");
        var (custodianId, custodianName) = Custodian(profile, command.CustodianId);
        if (custodianId == state.CustodianId)
        {
            throw DomainException.Invalid("custodianId", "seal.sameCustodian", $"{custodianName} keeps seal {state.SerialNumber} already.");
        }

        var reason = Require.Text(command.Reason, "reason", MaxText);
        var change = new OversightChange<SealState>(state, context.Now, command.Actor.Id);
        change.Record(
            "Transferred",
            state with
            {
                CustodianId = custodianId,
                CustodianName = custodianName,
                Custody = [.. state.Custody, new SealCustody("Transferred", custodianId, custodianName, command.Actor.Id, context.Now, reason)],
                LastCommandFingerprint = context.Fingerprint,
            },
            $"印章移交：{state.CustodianName} → {custodianName}（{reason}）");
        return change;
    }

    public static OversightChange<SealState> Retire(SealState state, RetireSealCommand command, OversightContext context)
    {
        SealPolicy.Ensure(state, command.Actor, SealAction.Retire, context);
        var reason = Require.Text(command.Reason, "reason", MaxText);
        var change = new OversightChange<SealState>(state, context.Now, command.Actor.Id);
        change.Record(
            "Retired",
            state with
            {
                Status = SealStatus.Retired,
                Custody = [.. state.Custody, new SealCustody("Retired", null, null, command.Actor.Id, context.Now, reason)],
                LastCommandFingerprint = context.Fingerprint,
            },
            $"印章缴销（{reason}）");
        return change;
    }

    private static SealUse Find(SealState state, int useId) =>
        state.Use(useId) ?? throw DomainException.NotFound("useId", "seal.useUnknown", $"Seal {state.SerialNumber} has no use request #{useId}: ask for the use first.");

    private static SealState Replace(SealState state, SealUse use) =>
        state with { Uses = state.Uses.Select(u => u.Id == use.Id ? use : u).ToArray() };

    private static (string Id, string Name) Custodian(ServicePointProfile profile, string? custodianId)
    {
        var id = Require.Text(custodianId, "custodianId", 64);
        return OversightPolicy.StaffName(profile, id) is { } name
            ? (id, name)
            : throw DomainException.NotFound("custodianId", "clerk.unknown", $"{profile.Name} has no member of staff '{id}'.");
    }
}
