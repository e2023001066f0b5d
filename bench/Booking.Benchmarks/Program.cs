using BenchmarkDotNet.Running;
using Booking.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(BookingHotPathBenchmarks).Assembly).Run(args);
