using PeaceOps.Ops.Silo;
using PeaceOps.Ops.Silo.Hosting;

// `dotnet run --project silo`: the embedded default (one process, SQLite, the demo scenario).
try
{
    var app = PeaceOpsHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (FindStartupException(ex) is { } startup)
{
    // A problem the user can fix: say it in one line, without a stack trace.
    await Console.Error.WriteLineAsync($"PeaceOps.Ops cannot start: {startup.Message}");
    return 2;
}

static StartupException? FindStartupException(Exception ex) => ex switch
{
    StartupException startup => startup,
    AggregateException aggregate => aggregate.InnerExceptions.Select(FindStartupException).FirstOrDefault(e => e is not null),
    _ when ex.InnerException is not null => FindStartupException(ex.InnerException),
    _ => null,
};
