namespace PeaceOps.Ops.Silo.Hosting;

/// <summary>A problem the user must fix before the product can start (a bad setting, an unwritable data directory).</summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
