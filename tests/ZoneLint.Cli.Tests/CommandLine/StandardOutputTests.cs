using System.Text;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// The tool writes its standard output through a buffered UTF-8 writer (Program.cs), and JSON reports pass their UTF-8
/// straight to its stream. What reaches the stream must be what a writer of chars receives, written as it is made.
/// </summary>
public sealed class StandardOutputTests
{
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("gitlab")]
    [TestCase("text")]
    public void A_report_through_a_UTF8_stream_is_the_text_a_writer_of_chars_gets_and_is_written_as_it_is_made(string format)
    {
        using var temp = new TempDirectory("zonelint-stdout");
        // 3,000 warnings (a report of about a megabyte), and one message with a character outside ASCII ("…").
        var zone = new StringBuilder("$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 7200 3600 1209600 300\n@ NS ns\n@ NS ns2\nns A 192.0.2.1\nns2 A 192.0.2.2\n");
        zone.Append("_dmarc TXT \"a text that is no policy and is longer than forty characters\"\n");
        for (int i = 0; i < 3000; i++)
        {
            zone.Append("h_").Append(i).Append(" A 192.0.2.9\n");
        }

        string path = temp.Write("many.example.zone", zone.ToString());
        string[] args = ["check", "--no-editorconfig", "--format", format, path];
        var chars = InProcess.Run(args);

        using var stream = new RecordingStream();
        int exitCode;
        using (var stdout = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        using (var stderr = new StringWriter())
        {
            exitCode = ZoneLintCommand.Run(args, stdout, stderr);
        }

        string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray()).ReplaceLineEndings("\n");
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(chars.ExitCode));
            Assert.That(text, Is.EqualTo(chars.Stdout));
            Assert.That(text, Does.Contain("…"), "the message with a character outside ASCII");
            Assert.That(text, Has.Length.GreaterThan(200_000));
            Assert.That(stream.Writes, Is.GreaterThan(3), "written as it is made");
            Assert.That(stream.LargestWrite, Is.LessThan(200_000), "no write of the whole report");
        });
    }

    [Test]
    public void A_text_report_is_coloured_only_when_standard_output_is_a_terminal()
    {
        Assume.That(Environment.GetEnvironmentVariable("NO_COLOR"), Is.Null.Or.Empty, "NO_COLOR turns colour off");
        Assume.That(Environment.GetEnvironmentVariable("TERM"), Is.Not.EqualTo("dumb"), "TERM=dumb turns colour off");
        string zone = Repository.Zone("mx-alias.example.zone");
        using var terminal = new StringWriter();
        using var pipe = new StringWriter();
        using var stderr = new StringWriter();

        ZoneLintCommand.Run(["check", zone], terminal, stderr, stdoutIsTerminal: true);
        ZoneLintCommand.Run(["check", zone], pipe, stderr, stdoutIsTerminal: false);

        Assert.Multiple(() =>
        {
            // Ordinal: a culture's comparison ignores the escape character.
            Assert.That(terminal.ToString().Contains("\u001b[33mwarning ZL1001\u001b[0m", StringComparison.Ordinal), Is.True, terminal.ToString());
            Assert.That(terminal.ToString(), Does.Contain("= help: "));
            Assert.That(pipe.ToString().Contains('\u001b', StringComparison.Ordinal), Is.False, pipe.ToString());
            Assert.That(pipe.ToString(), Does.Contain(": warning ZL1001: "));
        });
    }

    /// <summary>Keeps what is written, counting the writes and the largest.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Count(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count(buffer.Length);
            base.Write(buffer);
        }

        private void Count(int length)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, length);
        }
    }
}
