// Each fixture owns its stub server and service providers, so fixtures can run side by side.
[assembly: Parallelizable(ParallelScope.Fixtures)]
