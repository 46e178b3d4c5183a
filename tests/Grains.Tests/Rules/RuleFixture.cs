using Network.Grains.Calendar;
using Network.Grains.Interfaces.Cases;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Citizens;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Network;
using Network.Grains.Matters;
using Network.Grains.Matters.Rules;

namespace Network.Grains.Tests.Rules;

/// <summary>
/// A small in-memory network for the matter's pure rules: no cluster, no database, no clock but
/// the one handed to the rules. A city, a township under it (three windows and a director), a
/// second township (to be outside of), and a village with a proxy agent; the real shipped
/// 2025/2026 holiday schedules; the clock at Wed 30 Sep 2026 10:00 China time unless a test moves it.
/// </summary>
public static class RuleFixture
{
    public const string City = "330182";
    public const string Township = "330182101";
    public const string OtherTownship = "330182102";
    public const string Village = "330182101201";
    public const string OtherCity = "330183";

    public const string CivilAffairs = "civil-affairs";
    public const string FamilyPlanning = "family-planning";
    public const string Land = "land";
    public const string CityWindow = "comprehensive";
    public const string VillageWindow = "village-affairs";

    public const string ClerkA = "c-zhang";
    public const string ClerkB = "c-li";
    public const string PlanningClerk = "c-wang";
    public const string LandClerk = "c-land";
    public const string LandClerkB = "c-land-b";
    public const string CityClerk = "c-city-a";
    public const string CityClerkB = "c-city-b";
    public const string OtherTownClerk = "c-other-a";
    public const string VillageClerkA = "c-village-a";
    public const string VillageClerkB = "c-village-b";
    public const string ProxyAgentId = "p-village-1";
    public const string TownshipDirectorId = "d-township";
    public const string CityDirectorId = "d-city";

    /// <summary>即办件, decided by the township.</summary>
    public const string SeniorCard = "senior-card";

    /// <summary>承诺件, 5 working days.</summary>
    public const string Allowance = "minimum-allowance";

    /// <summary>联办件: civil affairs and land here, the city's comprehensive window; 15 days, 5 per part.</summary>
    public const string NewHouse = "new-house";

    /// <summary>代办件 taken in at the village, decided by the township.</summary>
    public const string Homestead = "homestead-review";

    /// <summary>代办件 taken in at the village, decided by the city.</summary>
    public const string Felling = "felling-permit";

    public static readonly string[] SeniorCardMaterials = ["居民身份证", "一寸照片"];
    public static readonly string[] AllowanceMaterials = ["居民身份证", "户口簿", "家庭收入证明"];
    public static readonly string[] NewHouseMaterials = ["居民身份证", "宅基地批准书"];
    public static readonly string[] HomesteadMaterials = ["居民身份证", "户口簿"];
    public static readonly string[] FellingMaterials = ["居民身份证", "林权证"];

    public static readonly Citizen Citizen = new("王秀英", "11010519491231002X", "13800138000");

    /// <summary>Wed 30 Sep 2026, the last working day before the National Day holiday (1-7 Oct).</summary>
    public static readonly DateOnly Today = new(2026, 9, 30);

    /// <summary>The real calendar shipped with the build (2025 and 2026 schedules).</summary>
    public static WorkingDayCalendar ShippedCalendar { get; } = new WorkingDayCalendarProvider().Current;

    public static ServicePointProfile CityProfile { get; } = new(
        DivisionCode.Parse(City),
        "余姚市政务服务中心",
        [new WindowDefinition(CityWindow, "综合窗口", new Clerk(CityClerk, "周敏"), new Clerk(CityClerkB, "吴刚"))],
        [],
        [DivisionCode.Parse(Township), DivisionCode.Parse(OtherTownship)])
    {
        Directors = [new Clerk(CityDirectorId, "孙建国")],
    };

    public static ServicePointProfile TownshipProfile { get; } = new(
        DivisionCode.Parse(Township),
        "测试镇便民服务中心",
        [
            new WindowDefinition(CivilAffairs, "民政窗口", new Clerk(ClerkA, "张丽"), new Clerk(ClerkB, "李娜")),
            new WindowDefinition(FamilyPlanning, "计生窗口", new Clerk(PlanningClerk, "王芳"), new Clerk("c-chen", "陈朝霞")),
            new WindowDefinition(Land, "国土窗口", new Clerk(LandClerk, "范红梅"), new Clerk(LandClerkB, "柴杏梅")),
        ],
        [],
        [DivisionCode.Parse(Village)])
    {
        Directors = [new Clerk(TownshipDirectorId, "闫伟")],
    };

    public static ServicePointProfile OtherTownshipProfile { get; } = new(
        DivisionCode.Parse(OtherTownship),
        "邻镇便民服务中心",
        [new WindowDefinition(CivilAffairs, "民政窗口", new Clerk(OtherTownClerk, "钱进"), new Clerk("c-other-b", "郑红"))],
        [],
        [])
    {
        Directors = [new Clerk("d-other", "冯涛")],
    };

    public static ServicePointProfile VillageProfile { get; } = new(
        DivisionCode.Parse(Village),
        "测试村便民服务站",
        [new WindowDefinition(VillageWindow, "村务窗口", new Clerk(VillageClerkA, "赵利霞"), new Clerk(VillageClerkB, "崔晶晶"))],
        [new Clerk(ProxyAgentId, "邰伟锋")],
        []);

    public static IReadOnlyDictionary<string, ServicePointProfile> Points { get; } = new Dictionary<string, ServicePointProfile>(StringComparer.Ordinal)
    {
        [City] = CityProfile,
        [Township] = TownshipProfile,
        [OtherTownship] = OtherTownshipProfile,
        [Village] = VillageProfile,
    };

    public static IReadOnlyDictionary<string, ServiceItem> Items { get; } = new Dictionary<string, ServiceItem>(StringComparer.Ordinal)
    {
        [SeniorCard] = Item(SeniorCard, "老年优待证办理", SeniorCardMaterials, 0, MatterKind.Immediate, CivilAffairs, Tier.Township),
        [Allowance] = Item(Allowance, "农村最低生活保障审核", AllowanceMaterials, 5, MatterKind.Promised, CivilAffairs, Tier.Township),
        ["birth-permit"] = Item("birth-permit", "生育证办理", ["结婚证"], 10, MatterKind.Promised, FamilyPlanning, Tier.Township),
        [NewHouse] = Item(NewHouse, "新建房屋办证", NewHouseMaterials, 15, MatterKind.Joint, CivilAffairs, Tier.Township) with
        {
            JointWindowIds = [CivilAffairs, Land, $"{City}/{CityWindow}"],
            PartTimeLimitWorkingDays = 5,
        },
        [Homestead] = Item(Homestead, "宅基地初审代办", HomesteadMaterials, 10, MatterKind.Promised, VillageWindow, Tier.Township),
        [Felling] = Item(Felling, "林木采伐许可代办", FellingMaterials, 15, MatterKind.Promised, VillageWindow, Tier.City),
    };

    /// <summary>
    /// What the holding points' catalogs say decides the handed-up items: the township's land
    /// window the homestead review, the city's comprehensive window the felling permit.
    /// </summary>
    public static IReadOnlyDictionary<string, ServiceItem> DecidingItems { get; } = new Dictionary<string, ServiceItem>(StringComparer.Ordinal)
    {
        [MatterContext.DecidingKey(Township, Homestead)] = Item(Homestead, "宅基地初审", HomesteadMaterials, 10, MatterKind.Promised, Land, Tier.Township),
        [MatterContext.DecidingKey(City, Felling)] = Item(Felling, "林木采伐许可", FellingMaterials, 15, MatterKind.Promised, CityWindow, Tier.City),
    };

    public static ServiceItem Item(string id, string name, string[] materials, int limit, MatterKind kind, string window, Tier decidingTier) =>
        new(id, name, "本镇户籍居民", "《社会救助暂行办法》", "受理→审核→办结", materials, limit, "发放证件", "不收费", window, decidingTier, kind, []);

    // ----- the clock -----

    /// <summary>10:00 China time on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The context at 10:00 China time on <paramref name="day"/> (default: Wed 30 Sep 2026), with the whole network.</summary>
    public static MatterContext Context(DateOnly? day = null, WorkingDayCalendar? calendar = null) =>
        new(At(day ?? Today), calendar ?? ShippedCalendar, Points) { DecidingItems = DecidingItems };

    // ----- actors -----

    public static Actor TownClerk(string id = ClerkA, string? windowId = null) => new(id, ActorRole.WindowClerk, Township) { WindowId = windowId };

    public static Actor VillageClerk(string id = VillageClerkA) => new(id, ActorRole.WindowClerk, Village);

    public static Actor CityClerkActor(string id = CityClerk) => new(id, ActorRole.WindowClerk, City);

    public static Actor OtherTownClerkActor { get; } = new(OtherTownClerk, ActorRole.WindowClerk, OtherTownship);

    public static Actor Director { get; } = new(TownshipDirectorId, ActorRole.CenterDirector, Township);

    public static Actor CityDirector { get; } = new(CityDirectorId, ActorRole.CenterDirector, City);

    public static Actor Agent { get; } = new(ProxyAgentId, ActorRole.ProxyAgent, Village);

    public static Actor CityMonitor { get; } = new("m-330182", ActorRole.CityMonitor, City);

    public static Actor Administrator { get; } = new("admin", ActorRole.Administrator, City);

    // ----- intake -----

    public static string NewReceipt(string point = Township, DateOnly? day = null) => ReceiptNumber.New(DivisionCode.Parse(point), day ?? Today);

    public static IntakeRequest Intake(string itemId, params string[] materials) =>
        new(Township, CivilAffairs, TownClerk(), itemId, Citizen, materials);

    public static IntakeRequest VillageIntake(string itemId, params string[] materials) =>
        new(Village, VillageWindow, VillageClerk(), itemId, Citizen, materials);

    /// <summary>Applies an intake: the change, with the item looked up as the grain would.</summary>
    public static MatterChange Accept(IntakeRequest request, DateOnly? day = null, WindowDuty? duty = null) =>
        MatterRules.Accept(NewReceipt(request.PointCode, day), request, Items.GetValueOrDefault(request.ItemId), duty, Context(day));

    /// <summary>The state after an intake.</summary>
    public static MatterState Accepted(IntakeRequest request, DateOnly? day = null) => Accept(request, day).After;

    /// <summary>The township's promised allowance, accepted with every material on <paramref name="day"/>.</summary>
    public static MatterState AcceptedAllowance(DateOnly? day = null) => Accepted(Intake(Allowance, AllowanceMaterials), day);

    /// <summary>The joint new house, accepted with every material on <paramref name="day"/> (default Mon 16 Nov 2026).</summary>
    public static MatterState AcceptedNewHouse(DateOnly? day = null) => Accepted(Intake(NewHouse, NewHouseMaterials), day ?? new DateOnly(2026, 11, 16));

    /// <summary>A village matter (felling: decided by the city; homestead: by the township), accepted at the village.</summary>
    public static MatterState AcceptedAtVillage(string item, DateOnly? day = null) =>
        Accepted(VillageIntake(item, item == Felling ? FellingMaterials : HomesteadMaterials), day);

    /// <summary>The village matter handed up once, by the village clerk naming the proxy agent.</summary>
    public static MatterState HandedUpToTownship(string item, DateOnly? day = null) =>
        MatterRules.HandUp(AcceptedAtVillage(item, day), new HandUpCommand(VillageClerk(), ProxyAgentId, "村民委托代办"), Context(day)).After;

    /// <summary>The felling matter carried up to the city.</summary>
    public static MatterState HandedUpToCity(DateOnly? day = null) =>
        MatterRules.HandUp(HandedUpToTownship(Felling, day), new HandUpCommand(TownClerk(), null, null), Context(day)).After;

    // ----- assertions -----

    /// <summary>Asserts a refusal by the rules, its kind, code and field.</summary>
    public static DomainException Refused(Action act, DomainErrorKind kind, string code, string? field)
    {
        var e = Assert.Throws<DomainException>(act);
        Assert.True((kind, code, field) == (e.Kind, e.Code, e.Field), $"expected {kind} {code} {field}, got {e.Kind} {e.Code} {e.Field}: {e.Message}");
        return e;
    }

    /// <summary>Asserts a refusal returned (not thrown) by the policy.</summary>
    public static void IsRefusal(DomainException? refusal, DomainErrorKind kind, string code, string? field)
    {
        Assert.NotNull(refusal);
        Assert.True((kind, code, field) == (refusal.Kind, refusal.Code, refusal.Field), $"expected {kind} {code} {field}, got {refusal.Kind} {refusal.Code} {refusal.Field}: {refusal.Message}");
    }

    public static IReadOnlyList<string> Actions(MatterChange change) => change.Steps.Select(s => s.Entry.Action).ToArray();
}
