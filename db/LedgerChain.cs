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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previous);
        Field(hash, kind);
        Field(hash, caseId);
        Field(hash, sequence.ToString(CultureInfo.InvariantCulture));
        Field(hash, ((occurredAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture));
        Field(hash, actorId);
        Field(hash, pointCode);
        Field(hash, windowId);
        Field(hash, action);
        Field(hash, statusBefore);
        Field(hash, statusAfter);
        Field(hash, detail);
        Field(hash, changes);
        return hash.GetHashAndReset();
    }

    private static void Field(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
