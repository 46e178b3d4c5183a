namespace Network.Gateway.Tests.Infrastructure;

/// <summary>Points, accounts and items of data/demo-network.json that the tests use.</summary>
public static class Demo
{
    public const string Password = "Demo-2026!";

    public const string City = "510682";
    public const string Township = "510682101";
    public const string OtherTownship = "510682102";
    public const string Village = "510682101001";
    public const string OtherVillage = "510682101002";

    public const string CivilAffairs = "civil-affairs";
    public const string RuralEconomy = "rural-economy";
    public const string VillageConstruction = "village-construction";
    public const string Land = "land";
    public const string VillageLand = "land-agriculture";

    /// <summary>A and B of the township's civil-affairs window.</summary>
    public const string TownClerkA = "c-510682101-civil-affairs-a";
    public const string TownClerkB = "c-510682101-civil-affairs-b";

    /// <summary>A clerk of the same township at another window.</summary>
    public const string TownLandClerk = "c-510682101-land-a";
    public const string TownConstructionClerk = "c-510682101-village-construction-a";
    public const string TownEconomyClerk = "c-510682101-rural-economy-a";
    public const string OtherTownClerk = "c-510682102-civil-affairs-labour-a";
    public const string VillageClerk = "c-510682101001-land-agriculture-a";
    public const string VillageProxy = "p-510682101001-1";
    public const string OtherVillageProxy = "p-510682101002-1";
    public const string CityForestryClerk = "c-510682-forestry-a";

    public const string CityDirector = "d-510682";
    public const string TownDirector = "d-510682101";
    public const string OtherTownDirector = "d-510682102";
    public const string VillageDirector = "d-510682101001";
    public const string Monitor = "m-510682";
    public const string Admin = "admin";

    /// <summary>承诺件 decided at the township, 5 working days, civil-affairs window.</summary>
    public const string TemporaryRelief = "temporary-relief";
    public static readonly string[] TemporaryReliefMaterials = ["居民身份证", "户口簿", "临时救助申请书", "困难情况证明材料"];

    /// <summary>即办件 at the township's rural-economy window.</summary>
    public const string FinanceInquiry = "village-finance-inquiry";

    /// <summary>联办件 of the village-construction and land windows.</summary>
    public const string NewHouse = "new-house-certificate";
    public static readonly string[] NewHouseMaterials = ["居民身份证", "户口簿", "宅基地批准文件", "乡村建设规划许可证", "房屋竣工验收资料"];

    /// <summary>代办件 taken in at the village, decided by the township.</summary>
    public const string HomesteadProxy = "homestead-review-proxy";
    public static readonly string[] HomesteadMaterials = ["居民身份证", "户口簿", "宅基地申请书", "村民小组会议讨论意见", "四邻签字意见"];

    /// <summary>A valid resident ID number (GB 11643) for <paramref name="seed"/>: distinct per seed.</summary>
    public static string ResidentId(int seed)
    {
        var body = $"510682{1950 + seed % 50:0000}0101{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
