using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using static Network.Grains.Tests.Infrastructure.TestNetwork;

namespace Network.Grains.Tests.Reports;

/// <summary>Citizens and intakes of the search and register tests.</summary>
public static class ReportData
{
    /// <summary>A valid resident ID number (GB 11643) ending in a chosen sequence: distinct per <paramref name="seed"/>.</summary>
    public static string ResidentId(int seed)
    {
        var body = $"330182{1950 + (seed % 50):0000}0101{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static Citizen Person(string name, int seed) => new(name, ResidentId(seed), "13800138000");

    /// <summary>The township's civil-affairs intake of <paramref name="itemId"/> for <paramref name="citizen"/>.</summary>
    public static IntakeRequest IntakeFor(Citizen citizen, string itemId, params string[] materials) =>
        Intake(itemId, materials) with { Citizen = citizen };
}
