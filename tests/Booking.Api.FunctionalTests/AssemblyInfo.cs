// The API and its sandbox are shared by a fixture's tests, and sandbox faults are queued per route, so tests run one
// at a time.
[assembly: NonParallelizable]
