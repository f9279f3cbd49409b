using System.Text;
using ZoneLint.Cli;

// PERF: before the heap grows, so that what it commits from here on is in huge pages (see HugePages).
HugePages.AdviseGcHeap();

// PERF: Console.Out flushes on every write, through a 256-byte buffer: the JSON report of a zone with 442,000 findings
// (225 MB) took 878,000 write calls and 2.1 s of system time. Buffered here, and flushed once the command is done.
// The console's own encoding, so that a Windows console shows what it would have shown; never a byte-order mark.
var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
using var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, 64 * 1024);
return ZoneLintCommand.Run(args, stdout, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);
