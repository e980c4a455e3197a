using Microsoft.Extensions.Configuration;
using PeaceOps.Ops.Silo.Auth;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Hosting;

namespace PeaceOps.Ops.Silo.Tests.Auth;

public sealed class AuthSettingsTests
{
    private static PeaceOpsOptions Load(params (string Key, string? Value)[] settings) =>
        PeaceOpsOptionsLoader.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build());

    private static readonly (string, string?)[] ClusterOnPostgres =
    [
        ("PeaceOps:Mode", "Cluster"),
        ("PeaceOps:Storage:Provider", "Postgres"),
        ("PeaceOps:Storage:ConnectionString", "Host=db;Database=peaceops"),
        ("PeaceOps:Orleans:SiloPort", "11111"),
        ("PeaceOps:Orleans:GatewayPort", "30000"),
    ];

    [Fact]
    public void Cluster_mode_refuses_to_start_with_the_demo_accounts_and_names_the_setting()
    {
        var act = () => Load([.. ClusterOnPostgres, ("PeaceOps:Auth:Authority", "https://idp.example.org/realms/mission")]);

        act.Should().Throw<StartupException>().WithMessage("*PeaceOps:Auth:DemoAccounts*");
    }

    [Fact]
    public void Cluster_mode_needs_an_identity_provider()
    {
        var act = () => Load([.. ClusterOnPostgres, ("PeaceOps:Auth:DemoAccounts", "false")]);

        act.Should().Throw<StartupException>().WithMessage("*PeaceOps:Auth:Authority*");
    }

    [Fact]
    public void Cluster_mode_with_an_identity_provider_and_no_demo_accounts_starts()
    {
        var options = Load([.. ClusterOnPostgres, ("PeaceOps:Auth:DemoAccounts", "false"), ("PeaceOps:Auth:Authority", "https://idp.example.org/realms/mission")]);

        options.Auth.DemoAccounts.Should().BeFalse();
    }

    [Fact]
    public void The_embedded_default_has_the_demo_accounts_and_signs_its_own_tokens()
    {
        var options = Load();

        options.Auth.DemoAccounts.Should().BeTrue();
        options.Auth.Authority.Should().BeNull();
    }

    [Fact]
    public void A_generated_signing_key_is_kept_in_the_data_directory_and_reused()
    {
        var directory = Directory.CreateTempSubdirectory("peaceops-key-").FullName;

        var first = TokenSigningKey.Load(new AuthOptions(), directory);
        var second = TokenSigningKey.Load(new AuthOptions(), directory);

        second.Key.Should().Equal(first.Key);
        first.Key.Should().HaveCount(32);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(directory, TokenSigningKey.FileName)).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void A_configured_signing_key_that_is_too_short_is_refused_by_name()
    {
        var act = () => TokenSigningKey.Load(new AuthOptions { SigningKey = Convert.ToBase64String(new byte[8]) }, Path.GetTempPath());

        act.Should().Throw<StartupException>().WithMessage("*PeaceOps:Auth:SigningKey*");
    }
}
