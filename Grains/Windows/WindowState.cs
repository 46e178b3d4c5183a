namespace Network.Grains.Windows;

/// <summary>What a window keeps in Orleans grain storage: whether its A clerk is away.</summary>
[GenerateSerializer]
public sealed class WindowState
{
    [Id(0)]
    public bool PrimaryAway { get; set; }
}
