namespace Network.Grains.Interfaces.Petitions;

/// <summary>Where a petition (信访事项) stands under the 信访工作条例 (2022).</summary>
public enum PetitionStatus
{
    /// <summary>Registered (登记): whether to accept it is decided within 15 days.</summary>
    Registered = 0,

    /// <summary>Accepted (受理): handled and replied to in writing within 60 days (extendable by up to 30).</summary>
    Accepted = 1,

    /// <summary>Not accepted (不予受理), with the reason and where to turn, told in writing: closed.</summary>
    NotAccepted = 2,

    /// <summary>Replied (出具书面答复意见): the handling's written opinion given: closed.</summary>
    Replied = 3,
}
