// One host at a time: Program installs Serilog's static bootstrap logger, which two hosts starting
// together would both try to freeze; sequential classes also keep the CPU free for other builds.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
