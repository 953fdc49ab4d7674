using ZoneReport.Cli;

return ZoneReportCli.Run(args, Console.Out, Console.Error);
