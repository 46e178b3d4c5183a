using System.Security.Cryptography;
using System.Text;
using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.Matters;

/// <summary>
/// What a citizen shows, besides the receipt number, to see a matter's progress without signing
/// in: the progress code printed on the slip (<see cref="ProgressCode"/>), or the applicant's full
/// resident ID number (for matters taken in before codes existed, or a lost slip). Exactly one.
/// </summary>
/// <param name="Code">The progress code, normalised; null when the proof is the resident ID number.</param>
/// <param name="ResidentId">The full resident ID number, normalised; null when the proof is the code.</param>
[GenerateSerializer, Immutable]
public sealed record ProgressProof([property: Id(0)] string? Code, [property: Id(1)] string? ResidentId)
{
    /// <summary>The proof of a lookup request, checked and normalised, or a refusal naming the field.</summary>
    public static ProgressProof Of(string? code, string? residentId)
    {
        var hasCode = !string.IsNullOrWhiteSpace(code);
        var hasId = !string.IsNullOrWhiteSpace(residentId);
        if (hasCode == hasId)
        {
            throw DomainException.Invalid("code", "progress.proofRequired", "Give either the progress code printed on the receipt slip or the applicant's full resident ID number, not both.");
        }

        return hasCode
            ? new ProgressProof(ProgressCode.Normalize(code), null)
            : new ProgressProof(null, Citizens.ResidentId.Normalize(residentId!.Trim(), "residentId"));
    }

    /// <summary>Checks the proof again (a grain does not trust its caller to have built it with <see cref="Of"/>).</summary>
    public ProgressProof Checked() => Of(Code, ResidentId);

    /// <summary>
    /// Whether the proof fits a matter with <paramref name="storedCode"/> (null for a matter taken in
    /// before codes existed) and <paramref name="storedResidentId"/>, compared in constant time.
    /// </summary>
    public bool Fits(string? storedCode, string storedResidentId) =>
        Code is not null
            ? ProgressCode.Matches(storedCode, Code)
            : CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedResidentId.ToUpperInvariant()), Encoding.ASCII.GetBytes(ResidentId!));

    public override string ToString() => Code is not null ? "ProgressProof(code)" : "ProgressProof(residentId)";
}
