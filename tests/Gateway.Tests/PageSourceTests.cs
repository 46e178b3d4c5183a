using System.Text.RegularExpressions;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>
/// The pages' sources keep to what the Content-Security-Policy and the escaping rule need: no
/// inline script, event handler attribute or style attribute in any page, and no script turns a
/// string into markup (innerHTML, outerHTML, insertAdjacentHTML, document.write) or builds a
/// request path without the path helper. The browser tests show the result; this keeps it so.
/// </summary>
public sealed partial class PageSourceTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "Gateway.Web", "wwwroot");

    public static TheoryData<string> Pages() => [.. Files("*.html")];

    public static TheoryData<string> Scripts() => [.. Files("*.js")];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_loads_its_scripts_from_files_and_has_no_handler_or_style_attributes(string page)
    {
        var html = File.ReadAllText(Path.Combine(Root, page));
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(HandlerAttribute(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_script_never_turns_a_string_into_markup_and_builds_request_paths_with_the_path_helper(string script)
    {
        var source = File.ReadAllText(Path.Combine(Root, script));
        Assert.DoesNotMatch(MarkupSink(), source);
        Assert.DoesNotMatch(UnencodedPath(), source);
    }

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f))
            .Where(f => !f.StartsWith("lib", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser")]
    private static partial Regex MarkupSink();

    /// <summary>A template literal path with an interpolation that is not a path`` tagged template: `/api/…${x}`.</summary>
    [GeneratedRegex(@"(?<!path)`/(api|public)/[^`]*\$\{")]
    private static partial Regex UnencodedPath();
}
