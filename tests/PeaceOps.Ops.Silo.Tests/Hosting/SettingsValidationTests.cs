using Microsoft.Extensions.Configuration;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Hosting;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Silo.Tests.Hosting;

public sealed class SettingsValidationTests
{
    private static PeaceOpsOptions Load(params (string Key, string? Value)[] settings) =>
        PeaceOpsOptionsLoader.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Defaults_are_the_embedded_demo()
    {
        var options = Load();

        options.Mode.Should().Be(HostingMode.Embedded);
        options.DataDirectory.Should().Be("./data");
        options.Scenario.Should().Be("demo");
        options.Simulation.Enabled.Should().BeTrue();
        options.Simulation.TimeScale.Should().Be(1);
        options.Storage.Provider.Should().Be(DatabaseProvider.Sqlite);
    }

    [Fact]
    public void Settings_bind_from_configuration_keys()
    {
        var options = Load(("PeaceOps:Scenario", "none"), ("PeaceOps:Simulation:TimeScale", "60"), ("PeaceOps:Simulation:Enabled", "false"));

        options.Scenario.Should().Be("none");
        options.Simulation.TimeScale.Should().Be(60);
        options.Simulation.Enabled.Should().BeFalse();
    }

    [Fact]
    public void A_misspelt_setting_stops_the_start_and_is_named()
    {
        var act = () => Load(("PeaceOps:Scenarios", "demo"));

        act.Should().Throw<StartupException>().WithMessage("*Scenarios*");
    }

    [Fact]
    public void A_value_that_does_not_convert_is_named()
    {
        var act = () => Load(("PeaceOps:Simulation:TimeScale", "fast"));

        act.Should().Throw<StartupException>().WithMessage("*TimeScale*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000")]
    public void A_time_scale_out_of_range_is_refused(string timeScale)
    {
        var act = () => Load(("PeaceOps:Simulation:TimeScale", timeScale));

        act.Should().Throw<StartupException>().WithMessage("*TimeScale*");
    }

    [Fact]
    public void An_empty_data_directory_is_refused()
    {
        var act = () => Load(("PeaceOps:DataDirectory", ""));

        act.Should().Throw<StartupException>().WithMessage("*DataDirectory*");
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var act = () => Load(("PeaceOps:Storage:Provider", "Postgres"));

        act.Should().Throw<StartupException>().WithMessage("*PeaceOps:Storage:ConnectionString*");
    }

    [Fact]
    public void Cluster_mode_on_sqlite_is_refused()
    {
        var act = () => Load(("PeaceOps:Mode", "Cluster"), ("PeaceOps:Orleans:SiloPort", "11111"), ("PeaceOps:Orleans:GatewayPort", "30000"));

        act.Should().Throw<StartupException>().WithMessage("*PeaceOps:Storage:Provider=Postgres*");
    }

    [Fact]
    public void Short_command_line_forms_map_onto_settings()
    {
        var args = CommandLineAliases.Expand(["--scenario", "exercise", "--time-scale", "60", "--no-simulation"]);
        var configuration = new ConfigurationBuilder().AddCommandLine(args, CommandLineAliases.SwitchMappings.ToDictionary()).Build();

        var options = PeaceOpsOptionsLoader.Load(configuration);

        options.Scenario.Should().Be("exercise");
        options.Simulation.TimeScale.Should().Be(60);
        options.Simulation.Enabled.Should().BeFalse();
    }
}
