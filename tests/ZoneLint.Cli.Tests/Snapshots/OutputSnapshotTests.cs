using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.Snapshots;

/// <summary>
/// Whole outputs of <c>zonelint check</c> over the fixture zones (an error, a warning, a suggestion and a suppressed
/// finding), pinned as approved files beside this class. When an output changes on purpose, run the tests with
/// <c>ZONELINT_APPROVE=1</c> and review the diff of the <c>*.approved.txt</c> files.
/// </summary>
public sealed class OutputSnapshotTests
{
    private static string Zones => Repository.Path("tests", "ZoneLint.Cli.Tests", "Zones");

    [Test]
    public void Text() => Approvals.Verify(Run("text", "--show-suppressed"));

    [Test]
    public void Json() => Approvals.Verify(Run("json"));

    [Test]
    public void GitLab() =>
        // Fingerprints hash the path as the CLI sees it, which here is absolute and differs from one clone to the next;
        // OutputFormatTests checks their stability.
        Approvals.Verify(System.Text.RegularExpressions.Regex.Replace(Run("gitlab"), "\"fingerprint\": \"[0-9a-f]{64}\"", "\"fingerprint\": \"<sha256>\""));

    /// <summary>
    /// The SARIF run lists every rule of the catalog, which grows with each new rule; the snapshot keeps only the rules
    /// the results refer to (and drops <c>ruleIndex</c>, their position in the full list) so that it pins the format,
    /// not the catalog. <c>OutputFormatTests</c> checks the full list and the indexes.
    /// </summary>
    [Test]
    public void Sarif()
    {
        var sarif = JsonNode.Parse(Run("sarif"))!;
        var run = sarif["runs"]![0]!;
        var results = run["results"]!.AsArray();
        var referenced = results.Select(r => (string)r!["ruleId"]!).ToHashSet(StringComparer.Ordinal);
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        foreach (var rule in rules.Where(r => !referenced.Contains((string)r!["id"]!)).ToArray())
        {
            rules.Remove(rule);
        }

        foreach (var result in results)
        {
            result!.AsObject().Remove("ruleIndex");
        }

        Approvals.Verify(sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static string Run(string format, params string[] more)
    {
        var result = InProcess.Run(["check", "--format", format, "--fail-on", "info", .. more, Zones]);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString);
        Assert.That(result.Stderr, Is.Empty);
        return Normalizer.Normalize(result.Stdout);
    }
}
