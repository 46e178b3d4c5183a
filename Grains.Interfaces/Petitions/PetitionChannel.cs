namespace Network.Grains.Interfaces.Petitions;

/// <summary>How the petition came (信访形式, 信访工作条例 第十七条): letter, e-mail, fax, telephone, visit or online.</summary>
public enum PetitionChannel
{
    /// <summary>书信.</summary>
    Letter = 0,

    /// <summary>电子邮件.</summary>
    Email = 1,

    /// <summary>传真.</summary>
    Fax = 2,

    /// <summary>电话.</summary>
    Phone = 3,

    /// <summary>走访.</summary>
    Visit = 4,

    /// <summary>网上信访.</summary>
    Online = 5,
}
