using ItsmOrleans.LoadTest;

return args switch
{
    ["run", var scenario, .. var rest] => await RunCommand.Run(scenario, rest),
    ["seed-search", .. var rest] => await ItsmOrleans.LoadTest.Seeding.SeedSearch.Run(rest),
    ["seed-history", .. var rest] => await ItsmOrleans.LoadTest.Seeding.SeedHistory.Run(rest),
    ["board-latency", .. var rest] => await BoardLatency.Run(LoadTestOptions.Parse(rest)),
    ["board-screenshot", var output, .. var rest] => await BoardScreenshot.Run(LoadTestOptions.Parse(rest), output),
    ["board-snapshot", .. var rest] => await BoardSnapshotTime.Run(LoadTestOptions.Parse(rest)),
    ["service-propagation", .. var rest] => await ServicePropagation.Run(LoadTestOptions.Parse(rest)),
    ["ticket-room", "--agents", var agents, .. var rest] => await TicketRoomLatency.Run(LoadTestOptions.Parse(rest), int.Parse(agents, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run --project tests/LoadTest -c Release -- run <scenario> [options]     open-model load with a report
               dotnet run --project tests/LoadTest -c Release -- <probe> [--url …] [--incidents 100]   one-at-a-time probes

        run <scenario>: steady | alert-storm | replay | board-fanout | collaboration | mix | search
          --url http://localhost:5080   --api-key itsm_<id>.<secret> (or ITSM_API_KEY; an admin key: scenarios define services)
          --rate 100 (operations/s)     --duration 30s     --warmup 5s     --seed 1     --arrivals constant|poisson
          --max-in-flight 512           --timeout 10s      --out loadtest-report (report.md, report.json, report.png)
          --duplicates 0.9 (alert-storm, mix)   --boards 10 (live clients)   --agents 20   --tickets 100
          --record storm.jsonl (alert-storm: write the storm)   --replay storm.jsonl (replay: send it again, same times)

        seed-search --connection "Host=…;Database=itsm" [--closed 1000000] [--open 10000] [--seed 1] [--streams <cores>]
                          fills the hub's PostgreSQL search index (binary COPY, one stream per core, indexes built
                          afterwards; the index only, no grains) for `run search`
        seed-history --connection "Host=…;Database=itsm" [--closed 1000000] [--open 10000] [--seed 1]
                          fills the hub's PostgreSQL ticket history (binary COPY) for timing GET /api/reports

        Probes:
          board-latency   create incidents one at a time over HTTP and time each until its row reaches a
                          SignalR board client; reports HTTP acknowledgement and create-to-board latencies,
                          against a GET /health baseline measured in the same run
          service-propagation
                          defines a dependency graph of --incidents N services (default 100; use 200) leading
                          down to one core service, raises a P1 there and times how long until every service
                          shows the outage in the service list, then the recovery
          ticket-room --agents N
                          N room clients on one ticket; in turn one edits the title over HTTP or changes its
                          presence, and every other agent's arrival is timed (--incidents rounds, default 100)
          board-snapshot  a fresh board client subscribes to every open incident; times its first snapshot
                          (--incidents clients one after another)
          board-screenshot <file.png>
                          opens the live board in headless Chromium (1920x1080), waits until it is live
                          and shows rows, and saves a screenshot
        """);
    return 2;
}
