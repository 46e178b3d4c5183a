using Network.Grains.Interfaces.Cases;

namespace Network.Grains.Interfaces.Seals;

/// <summary>The seal register of a point (印章登记簿): every seal with its custody record and uses, for the screen and the printed register.</summary>
public interface ISealRegisterGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<SealView>> List(Actor actor, string pointCode);

    /// <summary>The register as the console shows it: the seals, and what the actor may do to the register itself (issue a seal).</summary>
    Task<SealRegisterView> Get(Actor actor, string pointCode);
}
