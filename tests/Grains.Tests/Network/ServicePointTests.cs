using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Errors;
using Network.Grains.Interfaces.Network;
using Network.Grains.Tests.Infrastructure;
using Network.Testing;

namespace Network.Grains.Tests.Network;

public sealed class ServicePointTests(MemoryClusterFixture fixture) : IClassFixture<MemoryClusterFixture>
{
    private static readonly WindowDefinition Window = new("general", "综合窗口", new Clerk("a1", "甲"), new Clerk("b1", "乙"));

    [Fact]
    public async Task A_defined_township_is_registered_with_its_city()
    {
        var city = await fixture.Grains.GetGrain<IServicePointGrain>(TestNetwork.City).GetProfile();

        Assert.NotNull(city);
        Assert.Contains(DivisionCode.Parse(TestNetwork.Township), city.Children);
    }

    [Fact]
    public async Task Defining_the_same_point_twice_changes_nothing()
    {
        var grain = fixture.Grains.GetGrain<IServicePointGrain>("330182102");
        var definition = new ServicePointDefinition("二号镇", [Window], []);

        var first = await grain.Define(definition);
        var second = await grain.Define(definition);

        Assert.Equal(first.Name, second.Name);
        var city = await fixture.Grains.GetGrain<IServicePointGrain>(TestNetwork.City).GetProfile();
        Assert.Single(city!.Children, c => c.Value == "330182102");
    }

    [Fact]
    public async Task A_point_whose_parent_is_not_defined_is_refused()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IServicePointGrain>("330182999001").Define(new ServicePointDefinition("孤村", [Window], [])));

        Assert.Equal(DomainErrorKind.NotFound, e.Kind);
        Assert.Equal("parent.undefined", e.Code);
        Assert.Null(await fixture.Grains.GetGrain<IServicePointGrain>("330182999001").GetProfile());
    }

    [Fact]
    public async Task An_invalid_division_code_is_refused()
    {
        var e = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IServicePointGrain>("33018X").Define(new ServicePointDefinition("坏码", [Window], [])));

        Assert.Equal("code", e.Field);
        Assert.Equal("divisionCode.invalid", e.Code);
    }

    [Theory]
    [InlineData("dup", "windows[1].id", "window.duplicate")]
    [InlineData("same-clerk", "windows[0].clerkB", "window.sameClerk")]
    [InlineData("bad-id", "windows[0].id", "id.invalid")]
    [InlineData("no-name", "name", "text.required")]
    public async Task A_bad_definition_is_refused_naming_the_field(string kind, string field, string code)
    {
        var definition = kind switch
        {
            "dup" => new ServicePointDefinition("镇", [Window, Window], []),
            "same-clerk" => new ServicePointDefinition("镇", [Window with { ClerkB = Window.ClerkA }], []),
            "bad-id" => new ServicePointDefinition("镇", [Window with { Id = "Civil Affairs" }], []),
            _ => new ServicePointDefinition(" ", [Window], []),
        };

        var e = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IServicePointGrain>("330182103").Define(definition));

        Assert.Equal(field, e.Field);
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public async Task The_catalog_lists_the_eight_public_fields_of_each_item()
    {
        var items = await fixture.Grains.GetGrain<ICatalogGrain>(TestNetwork.Township).List();
        var allowance = Assert.Single(items, i => i.Id == TestNetwork.Allowance);

        Assert.Equal("农村最低生活保障审核", allowance.Name);
        Assert.NotEmpty(allowance.Conditions);
        Assert.NotEmpty(allowance.LegalBasis);
        Assert.NotEmpty(allowance.Procedure);
        Assert.Equal(TestNetwork.AllowanceMaterials, allowance.RequiredMaterials);
        Assert.Equal(5, allowance.TimeLimitWorkingDays);
        Assert.NotEmpty(allowance.Result);
        Assert.Equal("不收费", allowance.Fee);
    }

    [Theory]
    [InlineData("unknown-window", "items[0].windowId", "window.unknown")]
    [InlineData("immediate-with-limit", "items[0].timeLimitWorkingDays", "item.timeLimit")]
    [InlineData("promised-without-limit", "items[0].timeLimitWorkingDays", "item.timeLimit")]
    [InlineData("decided-below", "items[0].decidingTier", "item.decidingTier")]
    [InlineData("joint-one-window", "items[0].jointWindowIds", "item.jointWindows")]
    [InlineData("empty-fee", "items[0].fee", "text.required")]
    public async Task A_bad_catalog_is_refused_whole_and_the_old_one_stays(string kind, string field, string code)
    {
        var good = TestNetwork.Item("ok", "好事项", ["身份证"], 0, MatterKind.Immediate);
        var bad = kind switch
        {
            "unknown-window" => good with { WindowId = "nowhere" },
            "immediate-with-limit" => good with { TimeLimitWorkingDays = 3 },
            "promised-without-limit" => good with { Kind = MatterKind.Promised },
            "decided-below" => good with { DecidingTier = Tier.Village },
            "joint-one-window" => good with { Kind = MatterKind.Joint, TimeLimitWorkingDays = 10, JointWindowIds = [TestNetwork.CivilAffairs] },
            _ => good with { Fee = "" },
        };
        var catalog = fixture.Grains.GetGrain<ICatalogGrain>(TestNetwork.Township);
        var before = await catalog.List();

        var e = await Assert.ThrowsAsync<DomainException>(() => catalog.Publish([bad, good]));

        Assert.Equal(field, e.Field);
        Assert.Equal(code, e.Code);
        Assert.Equal(before.Select(i => i.Id), (await catalog.List()).Select(i => i.Id));
    }
}
