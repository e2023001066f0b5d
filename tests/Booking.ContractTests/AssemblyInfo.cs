[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: NonParallelizable]
