namespace Network.ServiceDefaults.Tls;

/// <summary>
/// A TLS setting or certificate file the operator has to fix before a silo or gateway can start;
/// its message says what and how, in one line.
/// </summary>
public sealed class ClusterTlsException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
