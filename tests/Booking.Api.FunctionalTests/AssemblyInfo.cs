// The API and its sandbox are shared by all tests, and sandbox faults are queued per route, so tests run one at a time.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: NonParallelizable]
