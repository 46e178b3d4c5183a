namespace Network.ServiceDefaults.Tls;

/// <summary>
/// Where one silo's or gateway's PEM files are: its certificate, its private key (null when it is in
/// the certificate's file) and the cluster's CA certificate(s).
/// </summary>
public sealed record ClusterCertificatePaths(string Certificate, string? Key, string Authority);
