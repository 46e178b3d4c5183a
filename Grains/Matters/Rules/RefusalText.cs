using System.Runtime.CompilerServices;

namespace Network.Grains.Matters.Rules;

/// <summary>
/// The message of a refusal (<see cref="Refusal"/>), formatted only when someone may read it: while
/// <see cref="MatterPolicy.Allowed"/> asks only whether each action is refused, the holes of the
/// interpolated text are neither evaluated nor formatted.
/// </summary>
[InterpolatedStringHandler]
public ref struct RefusalText
{
    private DefaultInterpolatedStringHandler _text;

    public RefusalText(int literalLength, int formattedCount, out bool shouldAppend)
    {
        shouldAppend = !Refusal.OnlyWhether;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
