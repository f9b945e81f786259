// Hosts keep static state (Hangfire's JobStorage.Current): test classes that start them run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
