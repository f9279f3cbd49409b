using System.Text.Json;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>
/// The machine-readable reports are public interfaces that other tools parse: the field names and structure asserted
/// here may only grow. The whole outputs are also pinned by <c>OutputSnapshotTests</c>.
/// </summary>
public sealed class OutputFormatTests
{
    [Test]
    public void Json_HasTheDocumentedFieldsPerDiagnostic_AndSummaryCountsThatAddUp()
    {
        var result = InProcess.Run("check", "--format", "json", Repository.Zone("mx-alias.example.zone"), Repository.Zone("suppressed.example.zone"), Repository.Zone("bad-address.example.zone"));
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), "bad-address holds an error");
            Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("tool").GetProperty("name").GetString(), Is.EqualTo("zonelint"));
            Assert.That(diagnostics.Select(d => d.GetProperty("id").GetString()), Is.EquivalentTo(new[] { "ZL0002", "ZL1001", "ZL1001" }));
            foreach (var d in diagnostics)
            {
                Assert.That(d.GetProperty("severity").GetString(), Is.AnyOf("error", "warning", "info"));
                Assert.That(d.GetProperty("message").GetString(), Is.Not.Empty);
                Assert.That(File.Exists(d.GetProperty("file").GetString()), Is.True, "file is the path as given");
                Assert.That(d.GetProperty("line").GetInt32(), Is.Positive);
                Assert.That(d.GetProperty("column").GetInt32(), Is.Positive);
                Assert.That(d.GetProperty("suppressed").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
            }

            var suppressed = diagnostics.Single(d => d.GetProperty("suppressed").GetBoolean());
            Assert.That(suppressed.GetProperty("file").GetString(), Does.EndWith("suppressed.example.zone"));
            Assert.That(suppressed.GetProperty("suppression").GetProperty("kind").GetString(), Is.EqualTo("pragma"));
            Assert.That(suppressed.GetProperty("suppression").GetProperty("justification").GetString(), Is.EqualTo("the mail provider requires this name"));

            var alias = diagnostics.Single(d => d.GetProperty("id").GetString() == "ZL1001" && !d.GetProperty("suppressed").GetBoolean());
            Assert.That((alias.GetProperty("line").GetInt32(), alias.GetProperty("column").GetInt32()), Is.EqualTo((12, 9)));
            Assert.That(alias.GetProperty("severity").GetString(), Is.EqualTo("warning"));

            var summary = root.GetProperty("summary");
            Assert.That(summary.GetProperty("files").GetInt32(), Is.EqualTo(3));
            Assert.That(summary.GetProperty("errors").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("warnings").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("infos").GetInt32(), Is.Zero);
            Assert.That(summary.GetProperty("suppressed").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("records").GetInt32(), Is.EqualTo(root.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("records").GetInt32())));
        });
    }

    [Test]
    public void Sarif_Is210_WithRuleMetadata_PhysicalLocations_AndSuppressions()
    {
        var result = InProcess.Run("check", "--format", "sarif", Repository.Zone("mx-alias.example.zone"), Repository.Zone("suppressed.example.zone"));
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, "a warning does not fail by default");
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(root.GetProperty("runs").GetArrayLength(), Is.EqualTo(1));
            Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("zonelint"));
            Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Does.Contain("ZL1001").And.Contain("ZL0001"));
            var zl1001 = rules.Single(r => r.GetProperty("id").GetString() == "ZL1001");
            Assert.That(zl1001.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("MX exchange is an alias"));
            Assert.That(zl1001.GetProperty("helpUri").GetString(), Does.EndWith("/docs/rules/ZL1001.md"));
            Assert.That(zl1001.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("warning"));

            Assert.That(results, Has.Length.EqualTo(2));
            foreach (var r in results)
            {
                Assert.That(r.GetProperty("ruleId").GetString(), Is.EqualTo("ZL1001"));
                Assert.That(rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), Is.EqualTo("ZL1001"), "ruleIndex points at the rule");
                Assert.That(r.GetProperty("level").GetString(), Is.EqualTo("warning"));
                Assert.That(r.GetProperty("message").GetProperty("text").GetString(), Does.StartWith("MX exchange 'relay.example.com.' is an alias"));
                var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.That(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.EndWith(".example.zone"));
                Assert.That(physical.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(12));
                Assert.That(physical.GetProperty("region").GetProperty("startColumn").GetInt32(), Is.EqualTo(9));
                Assert.That(r.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(15), "the CNAME");
            }

            var suppressed = results.Single(r => r.TryGetProperty("suppressions", out _));
            Assert.That(suppressed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.EndWith("suppressed.example.zone"));
            var suppression = suppressed.GetProperty("suppressions")[0];
            Assert.That(suppression.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(suppression.GetProperty("justification").GetString(), Is.EqualTo("the mail provider requires this name"));
        });
    }

    [Test]
    public void GitLab_IsACodeQualityArray_WithoutSuppressedFindings()
    {
        var result = InProcess.Run("check", "--format", "gitlab", Repository.Zone("bad-address.example.zone"), Repository.Zone("mx-alias.example.zone"), Repository.Zone("suppressed.example.zone"), Repository.Zone("unused-pragma.example.zone"));
        using var json = JsonDocument.Parse(result.Stdout);
        var issues = json.RootElement.EnumerateArray().ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(json.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(issues.Select(i => (i.GetProperty("check_name").GetString(), i.GetProperty("severity").GetString())), Is.EqualTo(new[]
            {
                ("ZL0002", "critical"),
                ("ZL1001", "major"),
                ("ZL0100", "info"),
            }));
            foreach (var issue in issues)
            {
                Assert.That(issue.GetProperty("description").GetString(), Does.StartWith(issue.GetProperty("check_name").GetString() + ": "));
                Assert.That(issue.GetProperty("fingerprint").GetString(), Does.Match("^[0-9a-f]{64}$"));
                Assert.That(issue.GetProperty("location").GetProperty("path").GetString(), Does.EndWith(".example.zone"));
                Assert.That(issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), Is.Positive);
            }

            Assert.That(issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count(), Is.EqualTo(issues.Length));
            Assert.That(issues[1].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), Is.EqualTo(12));
        });
    }

    [Test]
    public void GitLab_PathsAreRelativeToTheCurrentDirectory_AndFingerprintsSurviveLineShifts()
    {
        // GitLab matches issues between pipelines by fingerprint: a record moving down a line is the same issue.
        string directory = Path.Combine(Directory.GetCurrentDirectory(), "gitlab-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            string zone = Path.Combine(directory, "example.com.zone");
            string text = File.ReadAllText(Repository.Zone("mx-alias.example.zone"));
            File.WriteAllText(zone, text);
            var before = Issue(InProcess.Run("check", "--format", "gitlab", zone));
            File.WriteAllText(zone, "; a comment added above\n" + text);
            var after = Issue(InProcess.Run("check", "--format", "gitlab", zone));

            Assert.Multiple(() =>
            {
                Assert.That(before.Path, Is.EqualTo($"{Path.GetFileName(directory)}/example.com.zone"));
                Assert.That((before.Line, after.Line), Is.EqualTo((12, 13)));
                Assert.That(after.Fingerprint, Is.EqualTo(before.Fingerprint));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        static (string Path, int Line, string Fingerprint) Issue(CliResult result)
        {
            using var json = JsonDocument.Parse(result.Stdout);
            var issue = json.RootElement.EnumerateArray().Single();
            var location = issue.GetProperty("location");
            return (location.GetProperty("path").GetString()!, location.GetProperty("lines").GetProperty("begin").GetInt32(), issue.GetProperty("fingerprint").GetString()!);
        }
    }

    [Test]
    public void GitLab_NumbersRepeatsOfOneIdentity_IntoDistinctFingerprints()
    {
        // The second and third copies of a record are reported alike (same rule, file, owner and message): their
        // fingerprints are the identity's with the repeat's number, 1 and 2, as they have always been made.
        // Another finding comes first, counted apart.
        using var temp = new TempDirectory("zonelint-repeats");
        string path = temp.Write("repeats.example.zone", "$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 7200 3600 1209600 300\n@ NS ns\n@ NS ns2\nns A 192.0.2.1\nns2 A 192.0.2.2\na_b A 192.0.2.7\nwww A 192.0.2.9\nwww A 192.0.2.9\nwww A 192.0.2.9\n");
        var result = InProcess.Run("check", "--no-editorconfig", "--format", "gitlab", path);
        using var json = JsonDocument.Parse(result.Stdout);
        var repeats = json.RootElement.EnumerateArray().Where(i => i.GetProperty("check_name").GetString() == "ZL7001").ToArray();
        Assert.That(repeats, Has.Length.EqualTo(2), result.ToString());
        string reportedPath = repeats[0].GetProperty("location").GetProperty("path").GetString()!;
        string description = repeats[0].GetProperty("description").GetString()!;
        string identity = $"ZL7001\n{reportedPath}\nwww.example.com.\n{description["ZL7001: ".Length..]}";

        Assert.Multiple(() =>
        {
            Assert.That(repeats[1].GetProperty("description").GetString(), Is.EqualTo(description));
            Assert.That(repeats.Select(i => i.GetProperty("fingerprint").GetString()), Is.EqualTo(new[] { Sha256Hex(identity + "\n1"), Sha256Hex(identity + "\n2") }));
        });

        static string Sha256Hex(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("gitlab")]
    public void LargeReports_AreWrittenInChunksAsTheyAreMade(string format)
    {
        // 3,000 warnings (no error: exit code 0) make a report of about a megabyte; a 225 MB report made whole and then
        // written took 1.35 GB.
        using var temp = new TempDirectory("zonelint-chunks");
        var zone = new System.Text.StringBuilder("$ORIGIN example.com.\n$TTL 300\n@ SOA ns hostmaster 1 7200 3600 1209600 300\n@ NS ns\n@ NS ns2\nns A 192.0.2.1\nns2 A 192.0.2.2\n");
        for (int i = 0; i < 3000; i++)
        {
            zone.Append("h_").Append(i).Append(" A 192.0.2.9\n");
        }

        string path = temp.Write("many.example.zone", zone.ToString());
        using var stdout = new ChunkRecorder();
        using var stderr = new StringWriter();
        int exitCode = ZoneLintCommand.Run(["check", "--no-editorconfig", "--format", format, path], stdout, stderr);
        using var json = JsonDocument.Parse(stdout.ToString());
        int results = format switch
        {
            "json" => json.RootElement.GetProperty("diagnostics").GetArrayLength(),
            "sarif" => json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength(),
            _ => json.RootElement.GetArrayLength(),
        };

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, stderr.ToString());
            Assert.That(results, Is.EqualTo(3000));
            Assert.That(stdout.ToString().Length, Is.GreaterThan(600_000));
            Assert.That(stdout.Writes, Is.GreaterThan(5), "written as it is made");
            Assert.That(stdout.LargestWrite, Is.LessThan(200_000), "no write of the whole report");
        });
    }

    /// <summary>Keeps what is written, counting the writes and the largest.</summary>
    private sealed class ChunkRecorder : StringWriter
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Count(count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Count(value?.Length ?? 0);
            base.Write(value);
        }

        private void Count(int length)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, length);
        }
    }

    [Test]
    public void Text_IsMsbuildStyle_OneLinePerUnsuppressedFinding_ThenTheSummary()
    {
        string zone = Repository.Zone("mx-alias.example.zone");
        var hidden = InProcess.Run("check", Repository.Zone("suppressed.example.zone"));
        var result = InProcess.Run("check", zone);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo(
                $"{zone}(12,9): warning ZL1001: MX exchange 'relay.example.com.' is an alias (CNAME to 'mail.example.com.'); point the MX at the canonical name\n" +
                "zonelint: 1 file, 7 records: 0 errors, 1 warning, 0 suggestions\n"));
            Assert.That(hidden.Stdout, Is.EqualTo("zonelint: 1 file, 7 records: 0 errors, 0 warnings, 0 suggestions (1 suppressed)\n"));
        });
    }
}
