// Two test classes at a time, each on its own host and its own copy of the database: the hosts share nothing but
// the process (each has its own Serilog logger: preserveStaticLogger in LoggingServices leaves the static bootstrap
// logger alone). Measured alone on this 2-core machine: 113 s wall one class at a time, 75-84 s two at a time, with
// no more CPU; the test command runs this suite last, beside little else.
[assembly: CollectionBehavior(DisableTestParallelization = false, MaxParallelThreads = 2)]
