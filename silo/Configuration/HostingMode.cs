namespace PeaceOps.Ops.Silo.Configuration;

public enum HostingMode
{
    Embedded,
    Cluster,
}
