using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// This assembly, named by one of its suites: the silo (referenced for the replay suite) has a public Program too.
// Pick suites on the command line, e.g. `--filter *Sun*`; see docs/PERFORMANCE.md.
// Every job runs in process. The default toolchain generates a project under bin/ and rebuilds this project's
// whole reference graph (Orleans code generation included) for it; on the shared 2-core machine that build hit
// BenchmarkDotNet's 2-minute build timeout ("failed to build the auto-generated boilerplate code", empty
// compiler output), and the generated project also sits under the repository's strict Directory.Build.props.
// The mutator job only sets the toolchain, so suites keep their own run settings ([ShortRunJob], [SimpleJob],
// configs). In-process runs abort after 5 minutes by default, shorter than the large-mission suite on a loaded
// machine, hence the explicit timeout. Figures are reported as medians on a shared machine, so every summary
// shows the median.
var inProcess = new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true);
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(inProcess).AsMutator())
    .AddColumn(StatisticColumn.Median);
BenchmarkSwitcher.FromAssembly(typeof(PeaceOps.Ops.Benchmarks.Replay.ReplayBenchmarks).Assembly).Run(args, config);
