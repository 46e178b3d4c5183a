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

    /// <summary>
    /// A submit button written in a page is disabled there and enabled by the script that wires its
    /// form (js/forms.js): before, a click or Enter would submit the form natively, a GET that puts
    /// its fields (a citizen's name and ID number, a password) in the address and the server's log.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void A_submit_button_written_in_a_page_stays_disabled_until_a_script_wires_its_form(string page)
    {
        var html = File.ReadAllText(Path.Combine(Root, page));
        foreach (Match button in SubmitButton().Matches(html))
        {
            Assert.Matches(DisabledAttribute(), button.Value);
        }
    }

    [Fact]
    public void Every_script_that_enables_a_forms_buttons_wires_the_form_first()
    {
        foreach (var script in Files("*.js"))
        {
            var source = File.ReadAllText(Path.Combine(Root, script));
            foreach (Match call in WiredCall().Matches(source))
            {
                var form = call.Groups["form"].Value;
                var handler = source.IndexOf(form + ".onsubmit = ", StringComparison.Ordinal);
                Assert.True(handler >= 0 && handler < call.Index, $"{script}: wired({form}) without {form}.onsubmit set before it");
            }
        }
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

    [GeneratedRegex(@"<button\b[^>]*\btype=""submit""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SubmitButton();

    [GeneratedRegex(@"\sdisabled(\s|>|=)", RegexOptions.IgnoreCase)]
    private static partial Regex DisabledAttribute();

    [GeneratedRegex(@"\bwired\((?<form>[^)]+)\);")]
    private static partial Regex WiredCall();

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser")]
    private static partial Regex MarkupSink();

    /// <summary>A template literal path with an interpolation that is not a path`` tagged template: `/api/…${x}`.</summary>
    [GeneratedRegex(@"(?<!path)`/(api|public)/[^`]*\$\{")]
    private static partial Regex UnencodedPath();
}
