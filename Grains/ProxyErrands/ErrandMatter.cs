namespace Network.Grains.ProxyErrands;

/// <summary>
/// The facts of a matter the errand rules consult, read by the grain from the case store (no grain
/// call): its point, whether it is closed, and the power of attorney's reference its applicant's
/// agent gave at intake (null: the applicant came themself).
/// </summary>
public sealed record ErrandMatter(string ReceiptNumber, string PointCode, bool IsClosed, string? AuthorisationReference);
