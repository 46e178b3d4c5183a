// Linux only: network namespaces, and the file modes the TLS tests check.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
