using Network.Grains.Interfaces.Errors;

namespace Network.Grains.Interfaces.OnlineFiling;

/// <summary>
/// The file types an online application accepts (PDF, JPEG, PNG), recognised by their content's
/// first bytes (magic numbers), not by the name or the type the browser claims: a <c>.pdf</c> that
/// begins with <c>MZ</c> (a Windows program) is refused. The name's extension must agree with the
/// content. The name is reduced to its last path segment, without control characters.
/// </summary>
public static class FileSignature
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    public const int MaxFileNameLength = 100;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>The type the content proves, or null when it is none of PDF, JPEG, PNG.</summary>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? Pdf
        : content.StartsWith(PngMagic) ? Png
        : content.StartsWith(JpegMagic) ? Jpeg
        : null;

    /// <summary>The type of an upload, checked: not empty, at most <paramref name="maxBytes"/>, of an accepted type whose extension agrees; or a refusal naming <c>file</c>.</summary>
    public static string Check(string fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        if (content.Length == 0)
        {
            throw DomainException.Invalid("file", "file.empty", "The file is empty.");
        }

        if (content.Length > maxBytes)
        {
            throw DomainException.Invalid("file", "file.tooLarge", $"The file has {content.Length} bytes; at most {maxBytes} are accepted.");
        }

        var type = Detect(content)
            ?? throw DomainException.Invalid("file", "file.type", "Only PDF, JPEG and PNG files are accepted; this file's content is none of them.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var expected = type switch
        {
            Pdf => extension == ".pdf",
            Png => extension == ".png",
            _ => extension is ".jpg" or ".jpeg",
        };
        return expected
            ? type
            : throw DomainException.Invalid("file", "file.typeMismatch", $"The file is named '{fileName}' but its content is {type}.");
    }

    /// <summary>The name as it is kept: the last segment of a path, trimmed, without control characters or quotes; or a refusal naming <c>fileName</c>.</summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        if (name.Length == 0 || name.Length > MaxFileNameLength || name.Any(c => char.IsControl(c) || c is '"'))
        {
            throw DomainException.Invalid("fileName", "file.name", $"A file name has 1 to {MaxFileNameLength} characters, no quotes or control characters.");
        }

        return name;
    }
}
