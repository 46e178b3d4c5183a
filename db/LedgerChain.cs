using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Network.Database;

/// <summary>
/// The hash chain over each case's ledger rows (台帐), computed as the database computes it on
/// insert (<c>case_ledger_link</c> in <c>107_roles_and_ledger_chain.sql</c>): a row's hash is
/// SHA-256 of the previous row's hash followed by the row's canonical bytes; a case's first row
/// follows <see cref="Genesis"/> (32 zero bytes). The canonical bytes are the fields in
/// <see cref="Link"/>'s order, each as a 4-byte big-endian length and its UTF-8 bytes, a null as
/// the length -1 and no bytes; the time as microseconds since 1970-01-01 UTC and the sequence as
/// decimal text; the changes as PostgreSQL writes the jsonb as text (<c>changes::text</c>).
/// </summary>
public static class LedgerChain
{
    private static readonly byte[] GenesisHash = new byte[32];

    /// <summary>What a case's first row is chained from.</summary>
    public static ReadOnlySpan<byte> Genesis => GenesisHash;

    /// <summary>The hash of a row that follows <paramref name="previous"/>.</summary>
    public static byte[] Link(
        ReadOnlySpan<byte> previous,
        string kind,
        string caseId,
        int sequence,
        DateTimeOffset occurredAt,
        string actorId,
        string pointCode,
        string? windowId,
        string action,
        string? statusBefore,
        string statusAfter,
        string? detail,
        string changes)
    {
        Span<char> number = stackalloc char[24];
        var micros = (occurredAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

        // The canonical bytes in one buffer and one hash call: hashing field by field cost a call
        // into the crypto library per field (25 per row), more than the hashing itself.
        var capacity = previous.Length + 12 * 4 + 2 * 24
            + MaxBytes(kind) + MaxBytes(caseId) + MaxBytes(actorId) + MaxBytes(pointCode) + MaxBytes(windowId)
            + MaxBytes(action) + MaxBytes(statusBefore) + MaxBytes(statusAfter) + MaxBytes(detail) + MaxBytes(changes);
        var rented = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            var buffer = rented.AsSpan();
            previous.CopyTo(buffer);
            var at = previous.Length;
            at += Field(buffer[at..], kind);
            at += Field(buffer[at..], caseId);
            sequence.TryFormat(number, out var written, provider: CultureInfo.InvariantCulture);
            at += Field(buffer[at..], number[..written]);
            micros.TryFormat(number, out written, provider: CultureInfo.InvariantCulture);
            at += Field(buffer[at..], number[..written]);
            at += Field(buffer[at..], actorId);
            at += Field(buffer[at..], pointCode);
            at += Field(buffer[at..], windowId);
            at += Field(buffer[at..], action);
            at += Field(buffer[at..], statusBefore);
            at += Field(buffer[at..], statusAfter);
            at += Field(buffer[at..], detail);
            at += Field(buffer[at..], changes);
            return SHA256.HashData(buffer[..at]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int MaxBytes(string? value) => value is null ? 0 : Encoding.UTF8.GetMaxByteCount(value.Length);

    /// <summary>Writes a field as its 4-byte big-endian length and UTF-8 bytes (a null as the length -1); returns the bytes written.</summary>
    private static int Field(Span<byte> destination, ReadOnlySpan<char> value, bool isNull = false)
    {
        if (isNull)
        {
            BinaryPrimitives.WriteInt32BigEndian(destination, -1);
            return 4;
        }

        var length = Encoding.UTF8.GetBytes(value, destination[4..]);
        BinaryPrimitives.WriteInt32BigEndian(destination, length);
        return 4 + length;
    }

    private static int Field(Span<byte> destination, string? value) => Field(destination, value, value is null);
}
