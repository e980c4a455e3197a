using System.Diagnostics;

namespace PeaceOps.Ops.Silo.Tests.Hosting;

/// <summary>The product as a user starts it: a separate process, its exit code and what it prints.</summary>
public sealed class ProcessStartTests
{
    [Fact]
    public async Task An_unknown_setting_ends_the_process_with_a_message_that_names_it()
    {
        var result = await RunSiloAsync("--PeaceOps:Scenari=demo");

        result.ExitCode.Should().Be(2);
        result.StandardError.Should().Contain("PeaceOps.Ops cannot start").And.Contain("Scenari");
    }

    [Fact]
    public async Task An_invalid_value_ends_the_process_with_a_message_that_names_it()
    {
        var result = await RunSiloAsync("--time-scale", "-1");

        result.ExitCode.Should().Be(2);
        result.StandardError.Should().Contain("TimeScale");
    }

    private static async Task<(int ExitCode, string StandardError)> RunSiloAsync(params string[] args)
    {
        var siloAssembly = Path.Combine(AppContext.BaseDirectory, "PeaceOps.Ops.Silo.dll");
        var dataDirectory = Directory.CreateTempSubdirectory("peaceops-test-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(siloAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Directory.Delete(dataDirectory, recursive: true);
        return (process.ExitCode, await stderr);
    }
}
