using System.Text.Json;
using Microsoft.Playwright;

namespace Network.Browser.Tests;

/// <summary>
/// Watches a browser context for script that is not the product's: every payload the tests plant
/// calls <c>xss(n)</c> or <c>alert(n)</c>, so a payload that ran leaves its number in
/// <c>window.__xssRuns</c> or opens a dialog; a payload the Content-Security-Policy stopped leaves a
/// <c>securitypolicyviolation</c> event. The product's own scripts cause none of the three, so a
/// page passes only when all three stay empty and no element a payload would make exists.
/// </summary>
public sealed class PageGuard
{
    private const string Traps = """
        window.__xssRuns = [];
        window.xss = (n) => window.__xssRuns.push(n);
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    /// <summary>Elements no page of the product makes, and a payload parsed as markup would.</summary>
    private const string ForeignElements = "img, iframe, object, embed, svg:not(.chart), script:not([src]), a[href^='javascript' i], [onerror], [onload], [onclick]";

    private readonly List<string> _dialogs = [];
    private readonly HashSet<IPage> _watched = [];
    private readonly TaskCompletionSource<string> _pageError = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return _dialogs.ToList();
            }
        }
    }

    /// <summary>A new browser context with the traps set, signed in as <paramref name="signInAs"/> when given.</summary>
    public static async Task<(IPage Page, PageGuard Guard)> OpenAsync(NetworkFixture network, string? signInAs = null)
    {
        var guard = new PageGuard();
        var page = await network.NewPageAsync(signInAs, async context =>
        {
            await context.AddInitScriptAsync(Traps);
            context.Page += (_, opened) => guard.Watch(opened);
        });
        guard.Watch(page);
        return (page, guard);
    }

    /// <summary>Asserts that nothing but the product's scripts ran on <paramref name="page"/> so far.</summary>
    public async Task AssertNoForeignScriptAsync(IPage page)
    {
        var runs = await page.EvaluateAsync<JsonElement>("() => window.__xssRuns ?? ['traps missing']");
        var violations = await page.EvaluateAsync<JsonElement>("() => window.__cspViolations ?? ['traps missing']");
        Assert.True(runs.GetArrayLength() == 0, $"Planted script ran on {page.Url}: {runs}");
        Assert.True(violations.GetArrayLength() == 0, $"CSP violations on {page.Url}: {violations}");
        Assert.True(Dialogs.Count == 0, $"Dialogs opened: {string.Join(", ", Dialogs)}");
        var foreign = await page.Locator(ForeignElements).EvaluateAllAsync<string[]>("els => els.map(e => e.outerHTML)");
        Assert.True(foreign.Length == 0, $"Elements made from data on {page.Url}: {string.Join(" | ", foreign)}");
    }

    /// <summary>The first uncaught error of a page of this context (a page that could not load its data stops with one).</summary>
    public Task<string> PageError => _pageError.Task;

    private void Watch(IPage page)
    {
        lock (_watched)
        {
            if (!_watched.Add(page))
            {
                return;
            }
        }

        page.PageError += (_, error) => _pageError.TrySetResult(error);
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add(dialog.Message);
            }

            await dialog.DismissAsync();
        };
    }
}
