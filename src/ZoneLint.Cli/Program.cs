using System.CommandLine;
using ZoneLint.Cli;

return ZoneLintCommand.Run(args, Console.Out, Console.Error);
