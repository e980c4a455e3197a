using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Silo.Hosting;

public static class StorageRegistration
{
    /// <summary>The database the settings name, and its schema migration ahead of everything else that starts.</summary>
    public static IServiceCollection AddPeaceOpsStorage(this IServiceCollection services, PeaceOpsOptions options, string dataDirectory)
    {
        IDatabase database = options.Storage.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteDatabase.InDirectory(dataDirectory),
            _ => throw new StartupException($"PeaceOps:Storage:Provider={options.Storage.Provider} is not available in this build."),
        };
        services.AddSingleton(database);
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService<SchemaMigrationService>();
        return services;
    }
}
