using System.Text;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary><c>check --parse-threads N</c>: a large file read on several threads reports what reading it on one does.</summary>
public sealed class ParseThreadsTests
{
    [Test]
    public void Check_ParseThreads_ReportsTheSameAsOneThread()
    {
        // Over 8 MiB a thread for two threads, in long TXT records so that the lint is quick, with findings spread through
        // it (an MX to an alias every 2,000 hosts, an $ORIGIN change halfway) so that each piece has something to report.
        string dir = Directory.CreateTempSubdirectory("zonelint-threads").FullName;
        try
        {
            string path = Path.Combine(dir, "big.example.zone");
            string filler = new('x', 240);
            var text = new StringBuilder("$ORIGIN big.example.\n$TTL 1h\n@ SOA ns hostmaster 1 2h 1h 1w 5m\n NS ns\nns A 192.0.2.53\n");
            for (int i = 0; text.Length < 17 << 20; i++)
            {
                if (i == 20_000)
                {
                    text.Append("$ORIGIN half.big.example.\n");
                }

                text.Append("host").Append(i).Append(" TXT \"").Append(filler).Append("\" \"").Append(filler).Append("\"\n");
                if (i % 2000 == 0)
                {
                    text.Append("mail").Append(i).Append(" MX 10 alias").Append(i).Append('\n');
                    text.Append("alias").Append(i).Append(" CNAME host").Append(i).Append('\n');
                }
            }

            File.WriteAllText(path, text.ToString());
            var one = InProcess.Run("check", "--format", "json", "--fail-on", "warning", "--dnssec", "off", "--parse-threads", "1", path);
            var two = InProcess.Run("check", "--format", "json", "--fail-on", "warning", "--dnssec", "off", "--parse-threads", "2", path);
            var byDefault = InProcess.Run("check", "--format", "json", "--fail-on", "warning", "--dnssec", "off", path);

            Assert.Multiple(() =>
            {
                Assert.That(one.ExitCode, Is.EqualTo(1), one.ToString);
                Assert.That(one.Stdout, Does.Contain("\"ZL1001\""));
                Assert.That(two.Stdout, Is.EqualTo(one.Stdout));
                Assert.That(two.ExitCode, Is.EqualTo(one.ExitCode));
                Assert.That(byDefault.Stdout, Is.EqualTo(one.Stdout));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Check_ParseThreads_RefusesANegativeCount()
    {
        var run = InProcess.Run("check", "--parse-threads", "-1", Repository.Zone("mx-alias.example.zone"));
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString);
        Assert.That(run.Stderr, Does.Contain("--parse-threads must be 0"));
    }
}
