using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Ratings.Rules;

/// <summary>
/// The rules of a rating (好差评), pure: the citizen rates, never staff; five levels; an optional,
/// limited comment; one rating per matter per occasion (the occasion is the rating's id, so a
/// second one finds the first); the closing occasion only once the matter is closed; never
/// changed afterwards, only set aside by a decided appeal.
/// </summary>
public static class RatingRules
{
    /// <summary>
    /// A rating of <paramref name="occasion"/>: refused when a signed-in staff account sends it
    /// (403 <c>rating.byStaff</c>), for a level outside the five, an unknown aspect or an over-long
    /// comment (400), when the occasion is already rated (409 <c>rating.alreadyRated</c>) or, for the
    /// closing occasion, when the matter is still open (409 <c>rating.matterOpen</c>).
    /// </summary>
    public static RatingChange Rate(
        RatingState? existing,
        RatingOccasion occasion,
        Actor? signedIn,
        RatingSubmission? submission,
        RatingChannel channel,
        DateTimeOffset now,
        string fingerprint)
    {
        EnsureCitizen(signedIn);
        var checkedSubmission = Check(submission);
        if (existing is not null)
        {
            throw DomainException.Conflict("rating.alreadyRated", $"This occasion of matter {occasion.ReceiptNumber} was already rated at {existing.RatedAt:yyyy-MM-dd HH:mm}; a rating is given once and never changed.", "ratingId");
        }

        if (occasion.Occasion == RatingIds.ClosingOccasion && !occasion.MatterClosed)
        {
            throw DomainException.Conflict("rating.matterOpen", $"Matter {occasion.ReceiptNumber} is not closed yet; rate the whole matter (一事一评) once it is closed.", "receiptNumber");
        }

        var state = new RatingState
        {
            Id = occasion.RatingId,
            ReceiptNumber = occasion.ReceiptNumber,
            Occasion = occasion.Occasion,
            PointCode = occasion.PointCode,
            WindowId = occasion.WindowId,
            ClerkId = occasion.ClerkId,
            ItemId = occasion.ItemId,
            ItemName = occasion.ItemName,
            Level = checkedSubmission.Level,
            Aspects = checkedSubmission.Aspects,
            Comment = checkedSubmission.Comment,
            Named = checkedSubmission.Named,
            Channel = channel,
            RatedAt = now,
            Fingerprint = fingerprint,
        };
        var detail = $"{(occasion.Occasion == RatingIds.ClosingOccasion ? "一事一评" : "一次一评")} {Chinese(checkedSubmission.Level)}{(checkedSubmission.Named ? "（实名）" : "（匿名）")}";
        return RatingChange.Of(null, state, now, "citizen", "Rated", detail);
    }

    /// <summary>A decided appeal sets the rating aside: it stays in the ledger, it leaves the statistics. Again: nothing to do (null).</summary>
    public static RatingChange? SetAside(RatingState state, string decidedBy, string decidingPoint, string reason, DateTimeOffset now)
    {
        if (state.SetAside)
        {
            return null;
        }

        var change = RatingChange.Of(state, state with { SetAside = true, SetAsideReason = reason }, now, decidedBy, "SetAside", $"申诉成立，评价不计入统计：{reason}");
        return change with { Row = change.Row with { PointCode = decidingPoint, WindowId = null } };
    }

    /// <summary>Only the citizen rates: any signed-in staff account is refused.</summary>
    public static void EnsureCitizen(Actor? signedIn)
    {
        if (signedIn is not null)
        {
            throw DomainException.Forbidden("actor", "rating.byStaff", $"A rating is the citizen's own; {signedIn.Id} is signed in as staff ({signedIn.Role}) and cannot rate. Sign out, or let the citizen rate on the device or the public page.");
        }
    }

    /// <summary>The submission checked: a level of the five, known aspects once each, a comment within the limit.</summary>
    public static RatingSubmission Check(RatingSubmission? submission)
    {
        if (submission is null)
        {
            throw DomainException.Invalid("level", "rating.required", "Choose one of the five levels.");
        }

        if (!RatingLevels.IsDefined(submission.Level))
        {
            throw RatingLevels.Outside((int)submission.Level);
        }

        var aspects = submission.Aspects ?? [];
        if (aspects.Any(a => !Enum.IsDefined(a)))
        {
            throw DomainException.Invalid("aspects", "rating.aspect", "Aspects are Attitude (态度), Efficiency (效率) and Result (结果).");
        }

        string? comment = null;
        if (!string.IsNullOrWhiteSpace(submission.Comment))
        {
            comment = submission.Comment.Trim();
            if (comment.Length > RatingSubmission.MaxCommentLength)
            {
                throw DomainException.Invalid("comment", "rating.commentTooLong", $"The comment has {comment.Length} characters; at most {RatingSubmission.MaxCommentLength} are allowed.");
            }

            if (comment.Any(c => char.IsControl(c) && c is not '\n'))
            {
                throw DomainException.Invalid("comment", "text.control", "The comment contains control characters.");
            }
        }

        return submission with { Aspects = aspects.Distinct().Order().ToArray(), Comment = comment };
    }

    public static string Chinese(RatingLevel level) => level switch
    {
        RatingLevel.VerySatisfied => "非常满意",
        RatingLevel.Satisfied => "满意",
        RatingLevel.BasicallySatisfied => "基本满意",
        RatingLevel.Dissatisfied => "不满意",
        RatingLevel.VeryDissatisfied => "非常不满意",
        _ => level.ToString(),
    };
}
