using Orleans.Dashboard;
using PeaceOps.Ops.Silo.Api.Replay;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Health;
using PeaceOps.Ops.Silo.Hosting;

namespace PeaceOps.Ops.Silo;

/// <summary>
/// Composes the process: settings, storage, the Orleans silo, the API, the hub and the dashboard.
/// Each concern registers itself from its own folder; this file only decides the order.
/// Tests build the same host with their own arguments (free ports, a temporary data directory).
/// </summary>
public static class PeaceOpsHost
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = CommandLineAliases.Expand(args),
            ContentRootPath = AppContext.BaseDirectory,
            // Fixed so the static web assets manifest is found when tests (another entry assembly) build this host.
            ApplicationName = typeof(PeaceOpsHost).Assembly.GetName().Name,
        });
        builder.Configuration.AddCommandLine(CommandLineAliases.Expand(args), CommandLineAliases.SwitchMappings.ToDictionary());
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080");

        var options = PeaceOpsOptionsLoader.Load(builder.Configuration);
        var dataDirectory = DataDirectory.Prepare(options.DataDirectory);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
            console.UseUtcTimestamp = true;
        });

        // Storage first: its schema migration must finish before the silo activates any grain.
        builder.Services.AddPeaceOpsStorage(options, dataDirectory);
        builder.Services.AddPeaceOpsHealth();
        builder.AddPeaceOpsSilo(options);
        builder.Services.AddHostedService<StartupBanner>();
        builder.Services.AddPeaceOpsReplay();
        // Serves the dashboard's static web assets in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();

        // Tests replace services here (a FakeTimeProvider, say); production passes nothing.
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapPeaceOpsHealth();
        app.MapOrleansDashboard(routePrefix: "/orleans");
        // Replay and after-action review: read-only, for reviewers (the API's "Review" policy).
        app.MapGroup(ReplayEndpoints.Prefix).MapReplay(ReplayEndpoints.Policy);
        // The browser dashboard (static web assets of PeaceOps.Ops.Dashboard), anonymous: its sign-in talks to the API.
        app.MapStaticAssets();
        app.MapFallbackToFile("/", "index.html");
        return app;
    }
}
