using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// <c>$INCLUDE</c> reads only inside the include root, judged by real path: symbolic links anywhere in the path
/// (relative or absolute, chained, looping, among the root's ancestors), <c>..</c> after a link, directories, FIFOs,
/// and files swapped between the check and the read. The library grants no root unless asked; the CLI grants the zone
/// file's directory.
/// </summary>
/// <remarks>
/// The tree, built once:
/// <code>
/// base/root/        the include root: ok.inc, sub/inner.inc, dir.inc/, fifo.inc (FIFO), self.zone, a.inc ⇄ b.inc
///      root/in-link      → sub                     (relative, inside)
///      root/abs-in-link  → base/root/sub           (absolute, inside)
///      root/out-link     → ../outside              (a directory outside)
///      root/up-link      → ..                      (the root's parent)
///      root/passwd-link  → /etc/passwd
///      root/chain1 → chain2 → ../outside/secret.inc
///      root/loop1 ⇄ loop2
/// base/outside/secret.inc, base/outside/sub/inner.inc
/// base/rootlink     → root                    (the root named through a link)
/// </code>
/// </remarks>
[NonParallelizable]
public class IncludeConfinementTests
{
    private const string Apex = "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.1\n";
    private const int IncludeLine = 6;
    private const string Secret = "secret A 203.0.113.66\n";

    private string baseDir = null!;
    private string root = null!;

    [OneTimeSetUp]
    public void BuildTree()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Symbolic links and FIFOs need a Unix file system.");
        }

        baseDir = IncludeResolver.TryGetRealPath(Directory.CreateTempSubdirectory("zonelint-include-").FullName, out var real) ? real : throw new InvalidOperationException();
        root = Path.Combine(baseDir, "root");
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        Directory.CreateDirectory(Path.Combine(root, "dir.inc"));
        Directory.CreateDirectory(Path.Combine(baseDir, "outside", "sub"));
        File.WriteAllText(Path.Combine(root, "ok.inc"), "ok A 192.0.2.10\n");
        File.WriteAllText(Path.Combine(root, "sub", "inner.inc"), "inner A 192.0.2.11\n");
        File.WriteAllText(Path.Combine(root, "self.zone"), Apex + "$INCLUDE self.zone\nself A 192.0.2.12\n");
        File.WriteAllText(Path.Combine(root, "a.inc"), "$INCLUDE b.inc\narec A 192.0.2.13\n");
        File.WriteAllText(Path.Combine(root, "b.inc"), "$INCLUDE a.inc\nbrec A 192.0.2.14\n");
        File.WriteAllText(Path.Combine(baseDir, "outside", "secret.inc"), Secret);
        File.WriteAllText(Path.Combine(baseDir, "outside", "sub", "inner.inc"), Secret);
        MakeFifo(Path.Combine(root, "fifo.inc"));
        Directory.CreateSymbolicLink(Path.Combine(root, "in-link"), "sub");
        Directory.CreateSymbolicLink(Path.Combine(root, "abs-in-link"), Path.Combine(root, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(root, "out-link"), "../outside");
        Directory.CreateSymbolicLink(Path.Combine(root, "up-link"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "passwd-link"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(root, "chain1"), "chain2");
        File.CreateSymbolicLink(Path.Combine(root, "chain2"), "../outside/secret.inc");
        File.CreateSymbolicLink(Path.Combine(root, "loop1"), "loop2");
        File.CreateSymbolicLink(Path.Combine(root, "loop2"), "loop1");
        Directory.CreateSymbolicLink(Path.Combine(baseDir, "rootlink"), "root");
    }

    [OneTimeTearDown]
    public void DeleteTree()
    {
        if (baseDir is not null)
        {
            Directory.Delete(baseDir, recursive: true);
        }
    }

    [TestCase("ok.inc", "ok")]
    [TestCase("sub/inner.inc", "inner")]
    [TestCase("in-link/inner.inc", "inner")]
    [TestCase("abs-in-link/inner.inc", "inner")]
    [TestCase("out-link/../root/ok.inc", "ok")] // '..' applies to where the link led (base), and root/ok.inc is inside
    [TestCase("sub/../../root/ok.inc", "ok")]
    [TestCase("in-link/../ok.inc", "ok")]
    public void Inside_the_root_is_read(string include, string owner)
    {
        var parsed = ParseMain($"$INCLUDE {include}\n");
        Assert.That(parsed.Diagnostics, Is.Empty, string.Join("\n", parsed.Diagnostics));
        Assert.That(parsed.Zone.Records.Select(r => r.Owner.ToString()), Does.Contain(owner + ".example.com."));
    }

    [TestCase("/etc/passwd", "leads outside the allowed include root")]
    [TestCase("../outside/secret.inc", "leads outside the allowed include root")]
    [TestCase("../../../../../../../../../../etc/passwd", "leads outside the allowed include root")]
    [TestCase("sub/../../outside/secret.inc", "leads outside the allowed include root")]
    [TestCase("out-link/secret.inc", "leads outside the allowed include root")] // a link to a directory in the middle
    [TestCase("out-link/sub/inner.inc", "leads outside the allowed include root")]
    [TestCase("up-link/outside/secret.inc", "leads outside the allowed include root")] // inside by its text, outside in fact
    [TestCase("passwd-link", "leads outside the allowed include root")]
    [TestCase("chain1", "leads outside the allowed include root")] // relative targets, link after link
    [TestCase("../outside/missing.inc", "leads outside the allowed include root")] // not "does not exist": no probing outside
    [TestCase("../nowhere/missing.inc", "leads outside the allowed include root")]
    [TestCase("loop1", "does not exist")]
    [TestCase("missing.inc", "does not exist")]
    [TestCase("dir.inc", "is a directory, not a file")]
    [TestCase(".", "is a directory, not a file")]
    [TestCase("fifo.inc", "is not a regular file")]
    public void Anything_else_is_refused(string include, string why)
    {
        var parsed = ParseMain($"$INCLUDE {include}\n");
        Assert.That(parsed.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column)), Is.EqualTo(new[] { ("ZL0005", IncludeLine, 10) }), string.Join("\n", parsed.Diagnostics));
        Assert.That(parsed.Diagnostics[0].Message, Does.StartWith($"$INCLUDE refused: '{include}' {why}"));
        Assert.That(parsed.Zone.Records.Select(r => r.Owner.ToString()), Does.Not.Contain("secret.example.com."));
        Assert.That(parsed.Zone.Records, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_file_including_itself_is_a_cycle_read_once()
    {
        var parsed = Bounded(() => ZoneParser.ParseFile(Path.Combine(root, "self.zone"), Granted(root)));
        Assert.That(parsed.Diagnostics.Select(Describe), Is.EqualTo(new[] { $"{Path.Combine(root, "self.zone")}(6,10) ZL0005 $INCLUDE cycle: self.zone → self.zone" }));
        Assert.That(parsed.Zone.Records.Count(r => r.Owner.ToString() == "self.example.com."), Is.EqualTo(1));
    }

    [Test]
    public void Two_files_including_each_other_are_a_cycle_each_read_once()
    {
        var parsed = ParseMain("$INCLUDE a.inc\n");
        Assert.That(parsed.Diagnostics.Select(Describe), Is.EqualTo(new[] { $"{Path.Combine(root, "b.inc")}(1,10) ZL0005 $INCLUDE cycle: a.inc → b.inc → a.inc" }));
        var owners = parsed.Zone.Records.Select(r => r.Owner.ToString()).ToList();
        Assert.That(owners.Count(o => o == "arec.example.com."), Is.EqualTo(1));
        Assert.That(owners.Count(o => o == "brec.example.com."), Is.EqualTo(1));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        string dir = Path.Combine(root, "deep");
        Directory.CreateDirectory(dir);
        for (int i = 0; i < 20; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"{i}.inc"), $"$INCLUDE {i + 1}.inc\nd{i} A 192.0.2.20\n");
        }

        var parsed = ParseMain("$INCLUDE deep/0.inc\n");
        Assert.That(parsed.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[] { ("ZL0005", "$INCLUDE nests deeper than the limit of 16") }));
        Assert.That(parsed.Zone.Records.Count(r => r.Owner.ToString().StartsWith('d')), Is.EqualTo(16));
    }

    [Test]
    public void A_root_named_through_a_symbolic_link_is_its_real_path()
    {
        string linked = Path.Combine(baseDir, "rootlink");
        File.WriteAllText(Path.Combine(root, "main-linked.zone"), Apex + "$INCLUDE ok.inc\n$INCLUDE ../outside/secret.inc\n$INCLUDE ../root/ok.inc\n");
        var parsed = Bounded(() => ZoneParser.ParseFile(Path.Combine(linked, "main-linked.zone"), Granted(linked)));

        // rootlink/../outside is base/outside: '..' leaves the link's target, not the link's text.
        Assert.That(parsed.Diagnostics.Select(d => (d.Location.Line, d.Message)), Is.EqualTo(new[]
        {
            (IncludeLine + 1, $"$INCLUDE refused: '../outside/secret.inc' leads outside the allowed include root '{root}'"),
        }));
        Assert.That(parsed.Zone.Records.Count(r => r.Owner.ToString() == "ok.example.com."), Is.EqualTo(2));
    }

    [Test]
    public void The_library_grants_no_root_unless_asked()
    {
        string path = Path.Combine(root, "main-default.zone");
        File.WriteAllText(path, Apex + "$INCLUDE ok.inc\n");
        var fromFile = Bounded(() => ZoneParser.ParseFile(path));
        var fromText = ZoneParser.Parse(File.ReadAllText(path), ZoneParseOptions.Default with { FileName = path });
        foreach (var parsed in new[] { fromFile, fromText })
        {
            Assert.That(parsed.Diagnostics.Select(Describe), Is.EqualTo(new[]
            {
                $"{path}(6,10) ZL0005 $INCLUDE is not allowed here: no include root was granted (set ZoneParseOptions.IncludeRoot, or --include-root on the command line)",
            }));
            Assert.That(parsed.Zone.Records, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public void A_root_that_does_not_exist_or_is_empty_refuses_every_include()
    {
        foreach (string granted in new[] { Path.Combine(baseDir, "no-such-dir"), string.Empty })
        {
            var parsed = ParseMain("$INCLUDE ok.inc\n", Granted(granted));
            Assert.That(parsed.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { $"$INCLUDE refused: the include root '{granted}' does not exist" }));
        }
    }

    [Test]
    public void The_cli_grants_the_zone_files_directory_and_include_root_widens_it()
    {
        if (!File.Exists(CliProcess.CliPath))
        {
            Assert.Fail("The CLI is not built.");
        }

        string path = Path.Combine(root, "example.com.zone");
        File.WriteAllText(path, Apex + "$INCLUDE ok.inc\n$INCLUDE ../outside/secret.inc\n");
        var byDefault = CliProcess.Run(TimeSpan.FromSeconds(60), 1L << 30, "check", "--format", "json", "--no-editorconfig", path);
        Assert.That(byDefault.Diagnostics().Where(d => d.Id.StartsWith("ZL0", StringComparison.Ordinal)).Select(d => (d.Id, d.Line, d.Column)), Is.EqualTo(new[] { ("ZL0005", IncludeLine + 1, 10) }), byDefault.ToString());
        Assert.That(byDefault.Records(), Is.EqualTo(4), byDefault.ToString());

        var widened = CliProcess.Run(TimeSpan.FromSeconds(60), 1L << 30, "check", "--format", "json", "--no-editorconfig", "--include-root", baseDir, path);
        Assert.That(widened.Diagnostics().Where(d => d.Id.StartsWith("ZL0", StringComparison.Ordinal)), Is.Empty, widened.ToString());
        Assert.That(widened.Records(), Is.EqualTo(5), widened.ToString());
    }

    [Test]
    public void A_top_level_FIFO_or_device_is_refused_without_blocking()
    {
        foreach (string path in new[] { Path.Combine(root, "fifo.inc"), "/dev/zero" })
        {
            var parsed = Bounded(() => ZoneParser.ParseFile(path));
            Assert.That(parsed.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[]
            {
                ("ZL0005", $"'{path}' is not a regular file (a directory, FIFO, socket or device cannot be read as a zone)"),
            }));
        }
    }

    [Test]
    public void A_file_swapped_for_a_link_after_the_check_is_refused_at_the_read()
    {
        RequireOpenedPath();
        string path = Path.Combine(root, "swap.inc");
        File.WriteAllText(path, "ok2 A 192.0.2.30\n");
        Assert.That(IncludeResolver.Check(path, root, out string real), Is.Null);

        // The race, made deterministic: between the check and the read, the file becomes a link leading out.
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(baseDir, "outside", "secret.inc"));
        try
        {
            Assert.That(ZoneFileReader.TryRead(real, root, 1 << 20, default, out byte[] content), Does.StartWith("changed while it was checked and now leads outside"));
            Assert.That(content, Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_directory_swapped_for_a_link_after_the_check_is_refused_at_the_read()
    {
        RequireOpenedPath();
        string dir = Path.Combine(root, "swapdir");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "inner.inc"), "ok3 A 192.0.2.31\n");
        Assert.That(IncludeResolver.Check(Path.Combine(dir, "inner.inc"), root, out string real), Is.Null);

        Directory.Move(dir, dir + ".old");
        Directory.CreateSymbolicLink(dir, Path.Combine(baseDir, "outside", "sub"));
        try
        {
            Assert.That(ZoneFileReader.TryRead(real, root, 1 << 20, default, out _), Does.StartWith("changed while it was checked and now leads outside"));
        }
        finally
        {
            Directory.Delete(dir);
            Directory.Move(dir + ".old", dir);
        }
    }

    [Test]
    public void A_file_swapped_for_a_FIFO_after_the_check_is_refused_without_blocking()
    {
        string path = Path.Combine(root, "swap-fifo.inc");
        File.WriteAllText(path, "ok4 A 192.0.2.32\n");
        Assert.That(IncludeResolver.Check(path, root, out string real), Is.Null);
        File.Delete(path);
        MakeFifo(path);
        try
        {
            string? problem = Bounded(() => ZoneFileReader.TryRead(real, root, 1 << 20, default, out _));
            Assert.That(problem, Does.StartWith("is not a regular file"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_file_larger_than_the_limit_is_refused_and_a_prefix_can_be_read()
    {
        string path = Path.Combine(root, "large.inc");
        File.WriteAllText(path, new string(';', 5000));
        var parsed = ParseMain("$INCLUDE large.inc\n", Granted(root) with { MaxFileSize = 4096 });
        Assert.That(parsed.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "$INCLUDE refused: 'large.inc' is larger than the limit of 4096 bytes" }));
        Assert.That(ZoneFileReader.TryRead(path, null, 100, default, out byte[] prefix, prefixOnly: true), Is.Null);
        Assert.That(prefix, Has.Length.EqualTo(100));
    }

    [TestCase("rootlink", "root")]
    [TestCase("root/in-link", "root/sub")]
    [TestCase("root/abs-in-link/inner.inc", "root/sub/inner.inc")]
    [TestCase("root/up-link/outside", "outside")]
    [TestCase("root/in-link/../ok.inc", "root/ok.inc")] // '..' of where the link led
    [TestCase("root/out-link/../root/./ok.inc", "root/ok.inc")]
    [TestCase("root/chain1", "outside/secret.inc")]
    [TestCase("root/loop1", null)]
    [TestCase("root/missing.inc", null)]
    [TestCase("root/missing/..", null)]
    public void A_real_path_is_what_the_kernel_opens(string path, string? real)
    {
        // On Linux the kernel resolves a path unconfined by a root in one lookup, and the walk by components elsewhere:
        // both give the same.
        Assert.That(IncludeResolver.TryGetRealPath(Path.Combine(baseDir, path), out string? found) ? found : null, Is.EqualTo(real is null ? null : Path.Combine(baseDir, real)));
    }

    [Test]
    public void A_root_2000_directories_deep_costs_no_more_than_a_shallow_one()
    {
        // Each component was looked up by its whole path, so a path cost the square of its depth: every read of a zone
        // file 2,000 directories deep, and each $INCLUDE there, took 0.7 s.
        string deep = Path.Combine(root, Path.Combine(Enumerable.Repeat("d", 2_000).ToArray()));
        Directory.CreateDirectory(deep);
        try
        {
            File.WriteAllText(Path.Combine(deep, "x.inc"), "x A 192.0.2.30\n");
            string path = Path.Combine(deep, "deep.zone");
            File.WriteAllText(path, Apex + string.Concat(Enumerable.Repeat("$INCLUDE x.inc\n", 50)) + "$INCLUDE ../../d/../x.inc\n$INCLUDE ../../../../../../outside/secret.inc\n");
            var parsed = Bounded(() => ZoneParser.ParseFile(path, Granted(deep)));
            Assert.That(parsed.Diagnostics.Select(d => (d.Location.Line, d.Message)), Is.EqualTo(new[]
            {
                (IncludeLine + 50, $"$INCLUDE refused: '../../d/../x.inc' leads outside the allowed include root '{deep}'"),
                (IncludeLine + 51, $"$INCLUDE refused: '../../../../../../outside/secret.inc' leads outside the allowed include root '{deep}'"),
            }));
            Assert.That(parsed.Zone.Records.Count(r => r.Owner.ToString() == "x.example.com."), Is.EqualTo(50));
        }
        finally
        {
            Directory.Delete(Path.Combine(root, "d"), recursive: true);
        }
    }

    private ZoneParseOptions Granted(string includeRoot) =>
        ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com."), IncludeRoot = includeRoot };

    private ParseResult ParseMain(string includes, ZoneParseOptions? options = null)
    {
        string path = Path.Combine(root, "main.zone");
        File.WriteAllText(path, Apex + includes);
        return Bounded(() => ZoneParser.ParseFile(path, options ?? Granted(root)));
    }

    /// <summary>
    /// Runs <paramref name="action"/> with a time bound, so a read that blocks fails the test instead of hanging it, and a
    /// bound on what it allocates (a loop read again and again, or a device read to its end, would pass it).
    /// </summary>
    private static T Bounded<T>(Func<T> action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var task = Task.Run(action);
        Assert.That(task.Wait(TimeSpan.FromSeconds(15)), Is.True, "blocked: no result after 15 s");
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(8_000_000), "bytes allocated");
        return task.Result;
    }

    private static string Describe(Diagnostic d) => $"{d.Location} {d.Id} {d.Message}";

    private static void RequireOpenedPath()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Where an open file really is comes from /proc/self/fd, which only Linux has.");
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new IOException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}");
        }
    }
}
