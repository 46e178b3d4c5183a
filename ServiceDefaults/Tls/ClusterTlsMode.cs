namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Whether silos and gateways talk to each other over TLS (<c>Orleans:Tls:Mode</c>).
/// </summary>
public enum ClusterTlsMode
{
    /// <summary>
    /// The default. TLS with the configured certificates (<c>Orleans:Tls:CertificatePath</c>); without
    /// any, the embedded run (<c>Network:Storage</c> = Embedded) makes its own CA and certificates. A
    /// silo with neither runs without TLS only when it listens on loopback alone; one that listens on
    /// any other address refuses to start. A gateway without a certificate connects without TLS, which
    /// only such a loopback silo (or one in <see cref="Off"/>) accepts.
    /// </summary>
    Auto,

    /// <summary>TLS always: a silo or gateway without a certificate refuses to start.</summary>
    Required,

    /// <summary>
    /// No TLS: the silo and gateway ports accept anyone who reaches them. Only for one machine, tests
    /// in one process, or a network that is secured otherwise; a silo that listens beyond loopback
    /// says so in its log at every start.
    /// </summary>
    Off,
}
