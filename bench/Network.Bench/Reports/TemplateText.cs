using System.Text;

namespace Network.Bench.Reports;

/// <summary>
/// A text with slots: literal parts and the numbers of the values that go between them. Made once
/// from a prototype's text by cutting it at the prototype's values (<see cref="Compile"/>); then
/// written for any matter by concatenation, with no parsing.
/// </summary>
public sealed class TemplateText
{
    private readonly string[] _literals;
    private readonly int[] _slots;

    private TemplateText(string[] literals, int[] slots)
    {
        _literals = literals;
        _slots = slots;
    }

    /// <summary>The slots the text uses.</summary>
    public IEnumerable<int> Slots => _slots;

    /// <summary>
    /// Cuts <paramref name="text"/> at every occurrence of each value of <paramref name="values"/>,
    /// in the order given (a value found inside an earlier one is not cut again: a day inside a time).
    /// </summary>
    public static TemplateText Compile(string text, IReadOnlyList<(string Value, int Slot)> values)
    {
        var parts = new List<(string? Literal, int Slot)> { (text, -1) };
        foreach (var (value, slot) in values)
        {
            if (value.Length == 0)
            {
                continue;
            }

            var next = new List<(string? Literal, int Slot)>(parts.Count);
            foreach (var part in parts)
            {
                if (part.Literal is null)
                {
                    next.Add(part);
                    continue;
                }

                var rest = part.Literal;
                int at;
                while ((at = rest.IndexOf(value, StringComparison.Ordinal)) >= 0)
                {
                    next.Add((rest[..at], -1));
                    next.Add((null, slot));
                    rest = rest[(at + value.Length)..];
                }

                next.Add((rest, -1));
            }

            parts = next;
        }

        var literals = new List<string>();
        var slots = new List<int>();
        var current = new StringBuilder();
        foreach (var (literal, slot) in parts)
        {
            if (literal is not null)
            {
                current.Append(literal);
            }
            else
            {
                literals.Add(current.ToString());
                current.Clear();
                slots.Add(slot);
            }
        }

        literals.Add(current.ToString());
        return new TemplateText([.. literals], [.. slots]);
    }

    /// <summary>The text with each slot's value from <paramref name="values"/>.</summary>
    public string Render(string[] values)
    {
        if (_slots.Length == 0)
        {
            return _literals[0];
        }

        var length = 0;
        foreach (var l in _literals)
        {
            length += l.Length;
        }

        foreach (var s in _slots)
        {
            length += values[s].Length;
        }

        return string.Create(length, (this, values), static (span, state) =>
        {
            var (template, values) = state;
            var at = 0;
            for (var i = 0; i < template._slots.Length; i++)
            {
                template._literals[i].AsSpan().CopyTo(span[at..]);
                at += template._literals[i].Length;
                var v = values[template._slots[i]];
                v.AsSpan().CopyTo(span[at..]);
                at += v.Length;
            }

            template._literals[^1].AsSpan().CopyTo(span[at..]);
        });
    }
}
