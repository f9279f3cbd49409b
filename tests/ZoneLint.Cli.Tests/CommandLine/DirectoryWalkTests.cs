using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.CommandLine;

/// <summary>What <c>zonelint check DIR</c> reads: zone-file names, recursively, and nothing a link carries out of the tree.</summary>
public sealed class DirectoryWalkTests
{
    private string root = null!;
    private string outside = null!;

    [SetUp]
    public void CreateTrees()
    {
        string temp = Path.Combine(Path.GetTempPath(), "zonelint-walk-" + Guid.NewGuid().ToString("N"));
        root = Path.Combine(temp, "repo");
        outside = Path.Combine(temp, "secret");
        Directory.CreateDirectory(Path.Combine(root, "zones", "sub"));
        Directory.CreateDirectory(outside);
        const string Zone = "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\n@ NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n";
        File.WriteAllText(Path.Combine(root, "zones", "a.zone"), Zone);
        File.WriteAllText(Path.Combine(root, "zones", "sub", "db.example.net"), Zone.Replace("example.com.", "example.net.", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(root, "zones", "README.md"), "not a zone");
        File.WriteAllText(Path.Combine(outside, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        File.CreateSymbolicLink(Path.Combine(root, "zones", "leak.zone"), Path.Combine(outside, "passwd"));
        File.CreateSymbolicLink(Path.Combine(root, "zones", "inside.db"), Path.Combine(root, "zones", "a.zone"));
    }

    [TearDown]
    public void DeleteTrees() => Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);

    [Test]
    public void A_directory_gives_its_zone_files_but_not_links_that_leave_it()
    {
        var result = InProcess.Run("check", "--format", "json", Path.Combine(root, "zones"));
        Assert.That(result.Stdout, Does.Not.Contain("root:x:0:0"), "the outside file's text must not be echoed");
        Assert.That(result.Stdout, Does.Not.Contain("leak.zone"));
        Assert.That(result.Stdout, Does.Contain("a.zone").And.Contain("db.example.net").And.Contain("inside.db"));
        Assert.That(result.Stdout, Does.Contain("\"files\": 3"));
    }

    [Test]
    public void Links_to_directories_are_not_followed()
    {
        // A link to the tree's own top and one to its parent: followed, the walk never ended.
        Directory.CreateSymbolicLink(Path.Combine(root, "zones", "sub", "top"), Path.Combine(root, "zones"));
        Directory.CreateSymbolicLink(Path.Combine(root, "zones", "sub", "up"), "..");
        var result = InProcess.Run("check", "--format", "json", Path.Combine(root, "zones"));
        Assert.That(result.Stdout, Does.Contain("\"files\": 3"), result.Stdout);
        Assert.That(result.Stdout, Does.Not.Contain("top/").And.Not.Contain("up/"));
    }

    [Test]
    public void An_editorconfig_is_read_once_for_all_the_zone_files_under_it()
    {
        // Each zone file read and applied the whole .editorconfig again: 1,000 zone files under one section of 25,000
        // settings took more than 120 s.
        string many = Path.Combine(root, "zones", "many");
        Directory.CreateDirectory(many);
        string zone = File.ReadAllText(Path.Combine(root, "zones", "a.zone"));
        for (int i = 0; i < 400; i++)
        {
            File.WriteAllText(Path.Combine(many, $"z{i}.zone"), zone);
        }

        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n[*]\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"zonelint.ZL6102.s{i} = {i}\n")) + "zonelint.dnssec = maybe\n");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = InProcess.Run("check", "--format", "json", many);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(result.Stdout, Does.Contain("\"files\": 400"), result.Stderr);
        var problems = System.Text.RegularExpressions.Regex.Matches(result.Stdout, "\"message\": \"'maybe' is not valid for zonelint.dnssec: expected on or off\",\\s*\"file\": \"[^\"]*\\.editorconfig\",\\s*\"line\": 20003,");
        Assert.That(problems, Has.Count.EqualTo(1), "the .editorconfig's one problem, reported once for the run");
    }

    [Test]
    public void An_editorconfigs_problems_are_reported_once_however_many_zone_files_it_applies_to()
    {
        // Nested directories, each with an .editorconfig of 100 bad keys and a zone file: reported with every zone file
        // below it, 150 levels made 647 MB of JSON (these 40, 82,000 findings).
        string zone = File.ReadAllText(Path.Combine(root, "zones", "a.zone"));
        string badKeys = "[*.zone]\n" + string.Concat(Enumerable.Range(0, 100).Select(k => $"zonelint.bad{k} = x\n"));
        string dir = Path.Combine(root, "nested");
        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n");
        for (int i = 0; i < 40; i++)
        {
            dir = Path.Combine(dir, "n");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, ".editorconfig"), badKeys);
            File.WriteAllText(Path.Combine(dir, "z.zone"), zone);
        }

        var result = InProcess.Run("check", "--format", "json", Path.Combine(root, "nested"));
        Assert.That(result.Stdout, Does.Contain("\"files\": 40"), result.Stderr);
        var lines = System.Text.RegularExpressions.Regex.Matches(result.Stdout, "\"message\": \"'zonelint.bad(\\d+)' is not a ZoneLint key[^\"]*\",\\s*\"file\": \"([^\"]*)\",\\s*\"line\": (\\d+),");
        Assert.That(lines, Has.Count.EqualTo(40 * 100), "each .editorconfig's 100 problems once");
        Assert.That(lines.Select(m => (m.Groups[2].Value, m.Groups[1].Value)).Distinct().Count(), Is.EqualTo(40 * 100));
        Assert.That(lines.All(m => int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 2), Is.True);
    }

    [Test]
    public void A_link_named_on_the_command_line_is_read_as_asked()
    {
        var result = InProcess.Run("check", Path.Combine(root, "zones", "leak.zone"));
        Assert.That(result.ExitCode, Is.EqualTo(1), "a passwd file is not a zone");
    }
}
