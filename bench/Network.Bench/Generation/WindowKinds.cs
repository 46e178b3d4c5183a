namespace Network.Bench.Generation;

/// <summary>The windows (窗口) named in the seeds, one department each.</summary>
public static class WindowKinds
{
    public static IReadOnlyList<(string Id, string Name)> All { get; } =
    [
        ("civil-affairs", "民政窗口"),
        ("labour-social-security", "劳动保障窗口"),
        ("family-planning", "计生窗口"),
        ("health-cooperative-medical", "卫生和新农合窗口"),
        ("agricultural-services", "农业服务窗口"),
        ("forestry", "林业窗口"),
        ("land-village-construction", "国土和村镇建设窗口"),
        ("water-soil", "水利土管窗口"),
        ("finance-tax", "财税窗口"),
        ("comprehensive", "综合窗口"),
        ("fee-collection", "收费窗口"),
        ("culture-broadcasting", "文化广播窗口"),
        ("leader-reception", "领导接待窗口"),
        ("party-member-services", "党员服务窗口"),
    ];

    public static int Count => All.Count;
}
