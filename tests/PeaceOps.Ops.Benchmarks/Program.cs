using BenchmarkDotNet.Running;

// Pick suites on the command line, e.g. `--filter *Sun*`; see docs/PERFORMANCE.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
