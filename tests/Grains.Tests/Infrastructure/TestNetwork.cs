using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;

namespace Network.Grains.Tests.Infrastructure;

/// <summary>
/// A small network for tests: a city, one township with a civil-affairs and a
/// family-planning window, and one village under it.
/// </summary>
public static class TestNetwork
{
    public const string City = "330182";
    public const string Township = "330182101";
    public const string Village = "330182101201";

    public const string CivilAffairs = "civil-affairs";
    public const string FamilyPlanning = "family-planning";
    public const string ClerkA = "c-zhang";
    public const string ClerkB = "c-li";
    public const string OtherClerk = "c-wang";

    /// <summary>即办件: senior citizen card.</summary>
    public const string SeniorCard = "senior-card";

    /// <summary>承诺件: minimum living allowance review, 5 working days.</summary>
    public const string Allowance = "minimum-allowance";

    public static readonly string[] AllowanceMaterials = ["居民身份证", "户口簿", "家庭收入证明"];

    public const string Land = "land";
    public const string LandClerk = "c-land";
    public const string CityWindow = "comprehensive";
    public const string CityClerk = "c-city-a";
    public const string VillageWindow = "village-affairs";
    public const string VillageClerkA = "c-village-a";
    public const string VillageClerkB = "c-village-b";
    public const string ProxyAgent = "p-village-1";
    public const string TownshipDirector = "d-township";

    /// <summary>联办件 across three windows at two points: civil affairs and land here, the city's comprehensive window.</summary>
    public const string NewHouse = "new-house";

    /// <summary>代办件 at the village, decided by the township.</summary>
    public const string Homestead = "homestead-review";

    /// <summary>代办件 at the village, decided by the city.</summary>
    public const string Felling = "felling-permit";

    public static readonly string[] NewHouseMaterials = ["居民身份证", "宅基地批准书"];

    public static readonly Citizen Citizen = new("王秀英", "11010519491231002X", "13800138000");

    public static async Task DefineAsync(IGrainFactory grains)
    {
        await grains.GetGrain<IServicePointGrain>(City).Define(new ServicePointDefinition(
            "余姚市政务服务中心",
            [new WindowDefinition(CityWindow, "综合窗口", new Clerk(CityClerk, "周敏"), new Clerk("c-city-b", "吴刚"))],
            []));
        await grains.GetGrain<IServicePointGrain>(Township).Define(new ServicePointDefinition(
            "测试镇便民服务中心",
            [
                new WindowDefinition(CivilAffairs, "民政窗口", new Clerk(ClerkA, "张丽"), new Clerk(ClerkB, "李娜")),
                new WindowDefinition(FamilyPlanning, "计生窗口", new Clerk(OtherClerk, "王芳"), new Clerk("c-chen", "陈朝霞")),
                new WindowDefinition(Land, "国土窗口", new Clerk(LandClerk, "范红梅"), new Clerk("c-land-b", "柴杏梅")),
            ],
            []) { Directors = [new Clerk(TownshipDirector, "闫伟")] });
        await grains.GetGrain<IServicePointGrain>(Village).Define(new ServicePointDefinition(
            "测试村便民服务站",
            [new WindowDefinition(VillageWindow, "村务窗口", new Clerk(VillageClerkA, "赵利霞"), new Clerk(VillageClerkB, "崔晶晶"))],
            [new Clerk(ProxyAgent, "邰伟锋")]));
        await grains.GetGrain<ICatalogGrain>(Village).Publish(
        [
            Item(Homestead, "宅基地初审代办", ["居民身份证", "户口簿"], 10, MatterKind.Promised, VillageWindow) with { DecidingTier = Tier.Township },
            Item(Felling, "林木采伐许可代办", ["居民身份证", "林权证"], 15, MatterKind.Promised, VillageWindow) with { DecidingTier = Tier.City },
        ]);
        await grains.GetGrain<ICatalogGrain>(Township).Publish(
        [
            Item(SeniorCard, "老年优待证办理", ["居民身份证", "一寸照片"], 0, MatterKind.Immediate),
            Item(Allowance, "农村最低生活保障审核", AllowanceMaterials, 5, MatterKind.Promised),
            Item("birth-permit", "生育证办理", ["结婚证"], 10, MatterKind.Promised, FamilyPlanning),
            Item(NewHouse, "新建房屋办证", NewHouseMaterials, 15, MatterKind.Joint) with
            {
                JointWindowIds = [CivilAffairs, Land, $"{City}/{CityWindow}"],
                PartTimeLimitWorkingDays = 5,
            },
            // The village's homestead review is decided here by the land window.
            Item(Homestead, "宅基地初审", ["居民身份证", "户口簿"], 10, MatterKind.Promised, Land),
        ]);
        // The village's felling permit is decided at the city by its comprehensive window.
        await grains.GetGrain<ICatalogGrain>(City).Publish(
        [
            Item(Felling, "林木采伐许可", ["居民身份证", "林权证"], 15, MatterKind.Promised, CityWindow) with { DecidingTier = Tier.City },
        ]);
    }

    public static ServiceItem Item(string id, string name, string[] materials, int limit, MatterKind kind, string window = CivilAffairs) =>
        new(id, name, "本镇户籍居民", "《社会救助暂行办法》", "受理→审核→办结", materials, limit, "发放证件", "不收费", window, Tier.Township, kind, []);

    /// <summary>A window clerk of the township (the actor the gateway would build for them).</summary>
    public static Actor TownClerk(string id) => new(id, ActorRole.WindowClerk, Township);

    /// <summary>A window clerk of the village.</summary>
    public static Actor VillageClerk(string id) => new(id, ActorRole.WindowClerk, Village);

    /// <summary>A window clerk of the city center.</summary>
    public static Actor CityClerkActor(string id = CityClerk) => new(id, ActorRole.WindowClerk, City);

    public static Actor Director { get; } = new(TownshipDirector, ActorRole.CenterDirector, Township);

    public static Actor Agent { get; } = new(ProxyAgent, ActorRole.ProxyAgent, Village);

    public static Actor MonitorActor { get; } = new("m-330182", ActorRole.CityMonitor, City);

    public static IntakeRequest Intake(string itemId, params string[] materials) =>
        new(Township, CivilAffairs, TownClerk(ClerkA), itemId, Citizen, materials);

    public static string NewReceipt(DateOnly day, string point = Township) => ReceiptNumber.New(DivisionCode.Parse(point), day);

    public static IntakeRequest VillageIntake(string itemId, params string[] materials) =>
        new(Village, VillageWindow, VillageClerk(VillageClerkA), itemId, Citizen, materials);
}
