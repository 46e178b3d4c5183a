using Network.Bench.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var line = new CommandLine(args);
return line.Command switch
{
    "generate" => await GenerateCommand.RunAsync(line, cancel.Token),
    "run" => await RunCommand.RunAsync(line, args, cancel.Token),
    "live" => await LiveCommand.RunAsync(line, args, cancel.Token),
    "queue" => await QueueCommand.RunAsync(line, args, cancel.Token),
    "memory" => await MemoryCommand.RunAsync(line, args, cancel.Token),
    CountryCommand.Name => await CountryCommand.RunAsync(line, args, cancel.Token),
    "reports" => await ReportsCommand.RunAsync(line, args, cancel.Token),
    YardstickCommand.Name => await YardstickCommand.RunAsync(line, args, cancel.Token),
    MemoryActivateCommand.Name => await MemoryActivateCommand.RunAsync(line, cancel.Token),
    FloorCommand.Name => await FloorCommand.RunAsync(line, args, cancel.Token),
    _ => PrintUsage(),
};

static int PrintUsage()
{
    Console.WriteLine(Usage.Text);
    return 0;
}
