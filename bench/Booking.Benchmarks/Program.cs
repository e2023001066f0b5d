using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Booking.Benchmarks;

// Each benchmark runs in a freshly built process; on a busy 2-core machine that build can outlast the 2-minute default.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));

BenchmarkSwitcher.FromAssembly(typeof(BookingHotPathBenchmarks).Assembly).Run(args, config);
