using System.Globalization;
using Network.Grains.Interfaces.Citizens;

namespace Network.Bench.Benchmarks;

/// <summary>Applicants with valid resident ID numbers (GB 11643: region, birth date, sequence, MOD 11-2 check).</summary>
public static class Citizens
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private static readonly string[] Names = ["王秀英", "李建国", "张桂兰", "刘志强", "陈海燕", "杨立新", "黄玉兰", "赵国强"];

    /// <summary>Citizen number <paramref name="n"/>, living under county <paramref name="countyCode"/>.</summary>
    public static Citizen Make(string countyCode, long n)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays((int)(n % 20000));
        var body = string.Concat(countyCode.AsSpan(0, 6), birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), (n % 1000).ToString("D3", CultureInfo.InvariantCulture));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        var phone = "138" + (n % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        return new Citizen(Names[n % Names.Length], body + CheckCharacters[sum % 11], phone);
    }
}
