using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Network.Grains.Matters;

/// <summary>
/// A command's fingerprint, by which a retried intake or command is recognised: the command type's
/// name, a colon, and the SHA-256 of the command's JSON (default options) in upper-case hex. It is
/// stored with the matter (<see cref="MatterState.IntakeFingerprint"/>) and compared on a retry, so
/// its text never changes. The JSON is written into a buffer kept per thread and hashed there; the
/// fingerprint is the only thing allocated.
/// </summary>
internal static class CommandFingerprint
{
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _scratch;

    public static string Of<T>(T value)
    {
        var (buffer, writer) = _scratch ??= NewScratch();
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        try
        {
            JsonSerializer.Serialize(writer, value);
            writer.Flush();
            SHA256.HashData(buffer.WrittenSpan, hash);
        }
        finally
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (buffer.Capacity > 64 * 1024)
            {
                // A rare huge command does not keep its buffer on the thread.
                _scratch = null;
            }
        }

        var name = typeof(T).Name;
        Span<char> text = stackalloc char[name.Length + 1 + (2 * SHA256.HashSizeInBytes)];
        name.CopyTo(text);
        text[name.Length] = ':';
        Convert.TryToHexString(hash, text[(name.Length + 1)..], out _);
        return new string(text);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        return (buffer, new Utf8JsonWriter(buffer));
    }
}
