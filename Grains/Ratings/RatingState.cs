using Network.Grains.Interfaces.Ratings;

namespace Network.Grains.Ratings;

/// <summary>
/// One rating as stored (case kind <c>rating</c>): written once by the citizen and never changed,
/// except that a decided appeal sets it aside (it stays here and in the ledger, and leaves the
/// statistics). The comment is sealed at rest (<see cref="RatingJson"/>).
/// </summary>
public sealed record RatingState
{
    public required string Id { get; init; }

    public required string ReceiptNumber { get; init; }

    /// <summary>The occasion: <c>c{n}</c> at the counter, <c>closing</c> once the matter is closed.</summary>
    public required string Occasion { get; init; }

    /// <summary>The point that served (谁办理、谁负责).</summary>
    public required string PointCode { get; init; }

    public required string WindowId { get; init; }

    /// <summary>The clerk who served.</summary>
    public required string ClerkId { get; init; }

    /// <summary>
    /// The catalog id of the matter's item (事项), so the rollups count satisfaction per item; <c>""</c>
    /// in a rating stored before ratings carried it (counted under no item).
    /// </summary>
    public string ItemId { get; init; } = string.Empty;

    public required string ItemName { get; init; }

    public required RatingLevel Level { get; init; }

    public required IReadOnlyList<RatingAspect> Aspects { get; init; }

    public string? Comment { get; init; }

    /// <summary>实名: the citizen agreed to be called back.</summary>
    public required bool Named { get; init; }

    public required RatingChannel Channel { get; init; }

    public required DateTimeOffset RatedAt { get; init; }

    /// <summary>Set aside by a decided appeal (申诉成立): out of the statistics, still in the ledger.</summary>
    public bool SetAside { get; init; }

    public string? SetAsideReason { get; init; }

    /// <summary>Fingerprint of the submission, so a retried one is recognised.</summary>
    public required string Fingerprint { get; init; }

    public int Version { get; init; }

    public int LedgerSequence { get; init; }

    /// <summary>A rating is a record, never an open case.</summary>
    public bool IsClosed => true;

    public bool IsBad => RatingLevels.IsBad(Level);

    /// <summary>The status the store indexes: the level, or <c>SetAside</c>. Statistics count by it.</summary>
    public string Status => SetAside ? SetAsideStatus : Level.ToString();

    public const string SetAsideStatus = "SetAside";

    public RatingView ToView() => new(Id, ReceiptNumber, PointCode, WindowId, ClerkId, ItemName, Level, Aspects, Comment, Named, Channel, RatedAt, SetAside);

    public RatingReceipt ToReceipt() => new(Id, Level, RatedAt, FollowedUp: IsBad, CallBack: IsBad && Named);
}
