namespace Network.Grains.Queries.Search;

/// <summary>
/// The points a search or register covers: one point, or a point and every point below it. Division
/// codes are digit strings, so the subtree of <c>P</c> is the range [<c>P</c>, <see cref="UpperBound"/>)
/// in any collation, and a city's is also <c>left(point_code, 6) = city</c>.
/// </summary>
public sealed record PointScope(string PointCode, bool Subtree)
{
    /// <summary>Whether <paramref name="pointCode"/> lies in the scope.</summary>
    public bool Contains(string pointCode) =>
        Subtree ? pointCode.StartsWith(PointCode, StringComparison.Ordinal) : pointCode == PointCode;

    /// <summary>The first code after the subtree: the code plus one (same length); null when the code is all nines.</summary>
    public string? UpperBound
    {
        get
        {
            var digits = PointCode.ToCharArray();
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                if (digits[i] != '9')
                {
                    digits[i]++;
                    return new string(digits);
                }

                digits[i] = '0';
            }

            return null;
        }
    }
}
