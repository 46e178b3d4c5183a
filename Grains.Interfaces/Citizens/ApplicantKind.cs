namespace Network.Grains.Interfaces.Citizens;

/// <summary>Who applies: a natural person (自然人) or an organisation (法人和其他组织).</summary>
public enum ApplicantKind
{
    /// <summary>A natural person (自然人): a resident, or a holder of a passport, residence or travel permit.</summary>
    Person = 0,

    /// <summary>An enterprise, public institution or other organisation (法人和其他组织), by its unified social credit code.</summary>
    Organisation = 1,
}
