using System.Diagnostics.CodeAnalysis;
using Network.Grains.Complaints;
using Network.Grains.Matters;
using Network.Grains.Rectifications;
using Network.Grains.Supervision;

namespace Network.Grains.Oversight;

/// <summary>
/// Reads the facts of a case another command names (a matter, a complaint, a bad rating's rectification, a supervision order)
/// from the case store, where every commit lands before its caller is answered: no grain call, so
/// no call cycle between cases.
/// </summary>
public sealed class LinkedCaseReader(IMatterRepository matters, ComplaintRepository complaints, SupervisionOrderRepository orders, RectificationRepository rectifications)
{
    /// <summary>The facts of the case, or null when it does not exist (or the id is not even a number of that kind).</summary>
    public async Task<LinkedCase?> ReadAsync(string kind, string? caseId)
    {
        if (!IsNumberOf(kind, caseId))
        {
            return null;
        }

        switch (kind)
        {
            case MatterRepository.CaseKind:
                return await matters.LoadAsync(caseId) is { } m
                    ? new LinkedCase(kind, caseId, m.PointCode, m.CurrentPointCode, !m.IsClosed, m.Flag, m.DueDate)
                    : null;
            case ComplaintRepository.CaseKind:
                return await complaints.LoadAsync(caseId) is { } c
                    ? new LinkedCase(kind, caseId, c.PointCode, c.HandlingPointCode, !c.IsClosed, c.Flag, c.DueDate)
                    : null;
            case RectificationRepository.CaseKind:
                // Owned by the point that served; the deadline that counts is the call-back's until it is made, then the rectification's.
                return await rectifications.LoadAsync(caseId) is { } r
                    ? new LinkedCase(kind, caseId, r.PointCode, r.PointCode, !r.IsClosed, r.Flag, r.IsClosed ? null : r.DueDate ?? r.CallBackDue)
                    : null;
            case SupervisionOrderRepository.CaseKind:
                return await orders.LoadAsync(caseId) is { } o
                    ? new LinkedCase(kind, caseId, o.PointCode, o.IssuerPointCode, !o.IsClosed, o.Flag, o.IsClosed ? null : o.DueDate)
                    : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of case.");
        }
    }

    /// <summary>Whether <paramref name="caseId"/> is well formed for <paramref name="kind"/> (a malformed id is never looked up).</summary>
    private static bool IsNumberOf(string kind, [NotNullWhen(true)] string? caseId)
    {
        try
        {
            _ = kind switch
            {
                MatterRepository.CaseKind => Interfaces.Matters.ReceiptNumber.PointOf(caseId),
                ComplaintRepository.CaseKind => Interfaces.Cases.CaseNumber.PointOf(Interfaces.Cases.CaseNumber.Complaint, caseId),
                RectificationRepository.CaseKind => Interfaces.Matters.ReceiptNumber.PointOf(Interfaces.Ratings.RatingIds.ReceiptOf(caseId ?? string.Empty)),
                _ => Interfaces.Cases.CaseNumber.PointOf(Interfaces.Cases.CaseNumber.SupervisionOrder, caseId),
            };
            return true;
        }
        catch (Interfaces.Errors.DomainException)
        {
            return false;
        }
    }
}
