using System.Globalization;
using System.Net;
using System.Text;

namespace Network.Bench.Results;

/// <summary>A horizontal bar chart as inline SVG: no script, no external file.</summary>
public static class SvgBarChart
{
    private const int Width = 760;
    private const int LabelWidth = 260;
    private const int BarHeight = 22;
    private const int Gap = 8;

    public static string Render(string title, string unit, IReadOnlyList<(string Label, double Value, string Color)> bars, double? targetLine = null, string? targetLabel = null)
    {
        var max = Math.Max(bars.Count == 0 ? 1 : bars.Max(b => b.Value), targetLine ?? 0) * 1.15;
        max = max <= 0 ? 1 : max;
        var height = 40 + (bars.Count * (BarHeight + Gap)) + 20;
        var scale = (Width - LabelWidth - 20) / max;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\">{E(title)} ({E(unit)})</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, color) = bars[i];
            var y = 32 + (i * (BarHeight + Gap));
            var w = Math.Max(1, value * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" font-size=\"12\" text-anchor=\"end\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:F1}\" height=\"{BarHeight}\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6:F1}\" y=\"{y + 16}\" font-size=\"12\">{Number(value)}</text>");
        }

        if (targetLine is { } target)
        {
            var x = LabelWidth + (target * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" y1=\"26\" x2=\"{x:F1}\" y2=\"{height - 14}\" stroke=\"#c00\" stroke-dasharray=\"5,4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 4:F1}\" y=\"{height - 4}\" font-size=\"11\" fill=\"#c00\">{E(targetLabel ?? "target")} {Number(target)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Number(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
