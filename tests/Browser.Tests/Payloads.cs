namespace Network.Browser.Tests;

/// <summary>
/// Text that runs <c>xss(n)</c> or <c>alert(n)</c> if a page ever parses it as markup or follows it
/// as a URL; numbered so a failure says which planted value ran.
/// </summary>
public static class Payloads
{
    /// <summary>At most 50 characters (names of points, windows, clerks, citizens).</summary>
    public static string Short(int n) => $"<img src=x onerror=xss({n})>\"><svg onload=xss({n})>";

    /// <summary>For the long texts (notes, reasons, catalog fields) and query parameters: quotes, script, javascript: URLs.</summary>
    public static string Long(int n) =>
        $"{Short(n)}'><script>xss({n})</script><a href=\"javascript:xss({n})\">a</a><iframe src=\"javascript:alert({n})\"></iframe>";
}
