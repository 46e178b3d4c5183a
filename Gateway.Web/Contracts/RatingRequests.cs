namespace Network.Gateway.Contracts;

// Bodies of ratings (好差评) and rectifications (差评整改). A rating's body never names a person of
// staff; the acting clerk of a rectification is the signed-in user.

/// <summary>The citizen's rating on the device: the occasion it showed, a level (one of the five names), aspects, comment, 实名.</summary>
public sealed record DeskRatingBody(string OfferId, string Level, IReadOnlyList<string>? Aspects = null, string? Comment = null, bool Named = false);

/// <summary>
/// The citizen's rating of a closed matter (一事一评): the proof as for a progress lookup (the code
/// on the slip, or the full resident ID number), and <c>Channel</c> "ProgressPage" or "Slip".
/// </summary>
public sealed record ClosingRatingBody(
    string Level,
    string? Code = null,
    string? ResidentId = null,
    IReadOnlyList<string>? Aspects = null,
    string? Comment = null,
    bool Named = false,
    string? Channel = null);

/// <summary>The proof of a progress lookup, to ask whether the closed matter may be rated.</summary>
public sealed record RatingProofBody(string? Code = null, string? ResidentId = null);

public sealed record CallBackBody(bool Reached, string Findings);

/// <summary>Measure: AtOnce (立行立改), WithDeadline (限期整改, with WorkingDays) or Explained (做好解释).</summary>
public sealed record ResolveBody(string Measure, string Note, int? WorkingDays = null);

public sealed record NoteBody(string Note);

public sealed record AppealBody(string Reason);

public sealed record DecideAppealBody(bool SetAside, string Reason);
