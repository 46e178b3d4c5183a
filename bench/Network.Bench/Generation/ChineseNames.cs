namespace Network.Bench.Generation;

/// <summary>Deterministic place and person names from a few syllables.</summary>
public static class ChineseNames
{
    private static readonly string[] PlaceFirst =
        ["清", "安", "平", "长", "新", "永", "丰", "兴", "福", "宁", "和", "德", "东", "西", "南", "北", "太", "龙", "青", "白", "金", "石", "柳", "桃"];

    private static readonly string[] PlaceSecond =
        ["河", "山", "阳", "水", "江", "源", "泉", "林", "桥", "湖", "田", "溪", "川", "坪", "岭", "庄", "口", "塘", "湾", "坝"];

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋"];

    private static readonly string[] GivenNames =
        ["秀英", "桂英", "建国", "国强", "志强", "海燕", "红梅", "玉兰", "春燕", "立新", "学军", "晓玲", "凤英", "丽娟", "文华", "明", "静", "伟", "芳", "敏", "军", "勇", "艳", "杰"];

    public static string Place(ulong hash) =>
        PlaceFirst[(int)(hash % (ulong)PlaceFirst.Length)] + PlaceSecond[(int)((hash >> 16) % (ulong)PlaceSecond.Length)];

    public static string Person(ulong hash) =>
        Surnames[(int)(hash % (ulong)Surnames.Length)] + GivenNames[(int)((hash >> 20) % (ulong)GivenNames.Length)];
}
