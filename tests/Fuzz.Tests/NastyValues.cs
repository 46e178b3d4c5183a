namespace Network.Fuzz.Tests;

/// <summary>Values that break naive code: unicode edge cases, wrong codes and ID numbers, absurd numbers.</summary>
public static class NastyValues
{
    /// <summary>Strings for any text field, path segment or query value.</summary>
    public static readonly string[] Strings =
    [
        "",
        " ",
        "\t\n",
        "\0",
        "a\0b",
        "\uD800",                 // lone high surrogate
        "\uDC00x",                // lone low surrogate
        "\uDBFF\uDFFF",           // the last code point
        "\u202Eabc\u202C",        // right-to-left override
        "مرحبا بالعالم",          // RTL script
        "\u200B\u200C\u200D\uFEFF", // zero-width characters and BOM
        "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", // combining marks
        "👨‍👩‍👧‍👦🇨🇳🏳️‍🌈",
        "５１０６８２１０１",       // full-width digits
        "王秀英",
        "'; DROP TABLE matter; --",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "%00%2e%2e%2f",
        "{\"a\":1}",
        "null",
        "true",
        "-1",
        "1e309",
        "NaN",
        "\\u0000",
        new string('x', 5000),
        new string('字', 3000),
        "😀" + new string('\u0300', 500),
    ];

    /// <summary>Service point codes: valid demo points, unknown but well-formed, and malformed.</summary>
    public static readonly string[] PointCodes =
    [
        "510682", "510682101", "510682101001", "510682102", "999999", "510682999", "510682101999",
        "51068", "5106821011", "5106821010011", "000000", "abcdef", "５１０６８２", "510682101001001001", "-510682", "510682 ",
    ];

    /// <summary>Resident ID numbers: one valid, then wrong check digits, dates, lengths and characters.</summary>
    public static readonly string[] ResidentIds =
    [
        "11010519491231002X", "110105194912310021", "11010519491231002x", "110105194913310029", "110105000000000000",
        "11010519491231002", "1101051949123100200", "11010519491231002Ｘ", "ABCDEFGHIJKLMNOPQR", "110105199902300012",
        "110105 19491231002X", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X",
    ];

    /// <summary>Query values for numbers, booleans, dates and enums.</summary>
    public static readonly string[] QueryValues =
    [
        "", "0", "-1", "1", "2147483648", "-2147483649", "99999999999999999999", "1e9", "0x10", "NaN", "Infinity",
        "true", "false", "TRUE", "yes", "InProgress", "Completed", "Galaxy", "9", "2026-02-30", "2026-01-01", "9999-12-31",
        "0001-01-01", "2026-01-01T25:00", "yesterday", "%", "%%", "\u202E", "５", "null", "[]", "{}",
    ];

    public static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/xml", "application/json; charset=latin1", "application/problem+json",
        "*/*", "application/jsonx", "application/merge-patch+json",
    ];

    public static readonly string[] IdempotencyKeys =
    [
        "", " ", "k", new string('k', 100), new string('k', 101), new string('k', 5000), "key with spaces", "a\tb", "../..", "00000000-0000-0000-0000-000000000000", "*", "%00",
    ];
}
