using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Interfaces.Network;
using Network.Grains.Network;
using Orleans.Serialization;

namespace Network.Grains.Tests.Network;

/// <summary>A point's state is held packed in memory, and reads and writes the stored shape of the build before.</summary>
public sealed class ServicePointStateTests
{
    /// <summary>
    /// The grain-state payload of village 510101001006 as the build before the packed definition
    /// wrote it to PostgreSQL (the bench's province network, Orleans serializer).
    /// </summary>
    private const string StoredByThePreviousBuild =
        "ICDoQDfpnZLnlLDnpL7ljLrkvr/msJHmnI3liqHnq5kxAUJlq2TjU3lzdGVtLkNvbGxlY3Rpb25zLkdlbmVyaWMuTGlzdGAxW1tOZXR3b3JrLkdyYWlucy5JbnRlcmZhY2VzLk5ldHdvcmsuV2luZG93RGVmaW5pdGlvbixOZXR3b3JrLkdyYWlucy5JbnRlcmZhY2VzXV0ACyHoQBtjaXZpbC1hZmZhaXJzQRnmsJHmlL/nqpflj6Mh6EA9Yy01MTAxMDEwMDEwMDYtY2l2aWwtYWZmYWlycy1hQRPlrZnmlofljY7gIehAPWMtNTEwMTAxMDAxMDA2LWNpdmlsLWFmZmFpcnMtYkET6ZmI5rW354eV4OAg6EAtbGFib3VyLXNvY2lhbC1zZWN1cml0eUEl5Yqz5Yqo5L+d6Zqc56qX5Y+jIehAT2MtNTEwMTAxMDAxMDA2LWxhYm91ci1zb2NpYWwtc2VjdXJpdHktYUET546L56uL5paw4CHoQE9jLTUxMDEwMTAwMTAwNi1sYWJvdXItc29jaWFsLXNlY3VyaXR5LWJBE+mDkeaWh+WNjuDgIOhAH2ZhbWlseS1wbGFubmluZ0EZ6K6h55Sf56qX5Y+jIehAQWMtNTEwMTAxMDAxMDA2LWZhbWlseS1wbGFubmluZy1hQRPlrovlu7rlm73gIehAQWMtNTEwMTAxMDAxMDA2LWZhbWlseS1wbGFubmluZy1iQRPotbXmmKXnh5Xg4CDoQDVoZWFsdGgtY29vcGVyYXRpdmUtbWVkaWNhbEEx5Y2r55Sf5ZKM5paw5Yac5ZCI56qX5Y+jIehAV2MtNTEwMTAxMDAxMDA2LWhlYWx0aC1jb29wZXJhdGl2ZS1tZWRpY2FsLWFBE+WRqOaYpeeHleAh6EBXYy01MTAxMDEwMDEwMDYtaGVhbHRoLWNvb3BlcmF0aXZlLW1lZGljYWwtYkEN6buE5piO4OAg6EArYWdyaWN1bHR1cmFsLXNlcnZpY2VzQSXlhpzkuJrmnI3liqHnqpflj6Mh6EBNYy01MTAxMDEwMDEwMDYtYWdyaWN1bHR1cmFsLXNlcnZpY2VzLWFBE+eOi+eOieWFsOAh6EBNYy01MTAxMDEwMDEwMDYtYWdyaWN1bHR1cmFsLXNlcnZpY2VzLWJBDeS9leiJs+Dg4DEBCbMqOodOZXR3b3JrLkdyYWlucy5JbnRlcmZhY2VzLk5ldHdvcmsuQ2xlcmtbXSxOZXR3b3JrLkdyYWlucy5JbnRlcmZhY2VzAAUh6EAhcC01MTAxMDEwMDEwMDYtMUET5ZGo5Zu95by64CDoQCFwLTUxMDEwMTAwMTAwNi0yQQ3lvKDoibPg4DkF4OAh4CHgIeDg";

    [Fact]
    public void A_state_stored_by_the_previous_build_reads_back_with_its_whole_definition()
    {
        var serializer = Serializer();

        var state = serializer.Deserialize<ServicePointState>(Convert.FromBase64String(StoredByThePreviousBuild))!;

        Assert.True(state.IsDefined);
        var definition = state.Definition!;
        Assert.EndsWith("便民服务站", definition.Name, StringComparison.Ordinal);
        Assert.Equal(5, definition.Windows.Count);
        Assert.All(definition.Windows, w => Assert.StartsWith("c-510101001006-", w.ClerkA.Id, StringComparison.Ordinal));
        Assert.Equal(["p-510101001006-1", "p-510101001006-2"], definition.ProxyAgents.Select(a => a.Id));
        Assert.Empty(state.Children);
        Assert.Empty(state.OwnFlags);
    }

    [Fact]
    public void A_state_written_now_is_read_back_as_it_was_by_the_same_stored_shape()
    {
        var serializer = Serializer();
        var old = serializer.Deserialize<ServicePointState>(Convert.FromBase64String(StoredByThePreviousBuild))!;

        var again = serializer.Deserialize<ServicePointState>(serializer.SerializeToArray(old))!;

        Assert.Equal(Describe(old.Definition!), Describe(again.Definition!));
    }

    [Fact]
    public void A_packed_definition_unpacks_to_the_same_names_windows_clerks_agents_and_directors()
    {
        var definition = new ServicePointDefinition(
            "城关街道便民服务中心 (test) ✓",
            [
                new WindowDefinition("civil", "民政窗口", new Clerk("c-1", "张丽"), new Clerk("c-2", "李娜")),
                new WindowDefinition("land", "国土窗口", new Clerk("c-3", "范红梅"), new Clerk("c-4", "")),
            ],
            [])
        {
            Directors = [new Clerk("d-1", "王主任")],
        };

        var packed = PackedDefinition.Pack(definition);

        Assert.Equal(Describe(definition), Describe(packed.Unpack()));
        Assert.True(packed.Size < 200, $"{packed.Size} bytes");
    }

    private static string Describe(ServicePointDefinition d) =>
        string.Join('|', [d.Name, .. d.Windows.Select(w => $"{w.Id},{w.Name},{w.ClerkA},{w.ClerkB}"), .. d.ProxyAgents.Select(a => a.ToString()), "directors", .. d.Directors.Select(a => a.ToString())]);

    private static Serializer Serializer() =>
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
}
