using System.Runtime.CompilerServices;

namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: a whole output is compared with <c>&lt;Class&gt;.&lt;Test&gt;.approved.txt</c> in the
/// folder of the test's source file. On a mismatch the test fails and writes the output beside it as
/// <c>*.received.txt</c> (git-ignored) for a diff tool; with <c>ZONELINT_APPROVE=1</c> the approved file is rewritten
/// instead. Review the diff of an approved file like code.
/// </summary>
internal static class Approvals
{
    public static bool Approving => Environment.GetEnvironmentVariable("ZONELINT_APPROVE") == "1";

    /// <param name="received">The output, already normalised.</param>
    /// <param name="name">The snapshot's name (default: the test method's).</param>
    /// <param name="sourceFile">Filled in by the compiler: the snapshots live beside this file.</param>
    public static void Verify(string received, [CallerMemberName] string name = "", [CallerFilePath] string sourceFile = "")
    {
        received = received.ReplaceLineEndings("\n");
        string directory = SnapshotDirectory(sourceFile);
        string stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        string approvedPath = stem + ".approved.txt";
        string receivedPath = stem + ".received.txt";

        if (Approving)
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            TestContext.Out.WriteLine($"Approved {approvedPath}");
            return;
        }

        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        string hint = $"Compare {receivedPath} with {Path.GetFileName(approvedPath)}; if the new output is right, run the tests with ZONELINT_APPROVE=1 and review the diff.";
        if (approved is null)
        {
            Assert.Fail($"No approved snapshot {approvedPath} yet. {hint}");
            return;
        }

        Assert.Fail($"The output differs from the approved snapshot {FirstDifference(approved, received)}. {hint}");
    }

    /// <summary>The folder of the test's source file; when the compiler's path is not on this machine (a build elsewhere), the same folder found under the repository.</summary>
    private static string SnapshotDirectory(string sourceFile)
    {
        string? directory = Path.GetDirectoryName(sourceFile);
        if (directory is not null && Directory.Exists(directory))
        {
            return directory;
        }

        string relative = sourceFile.Replace('\\', '/');
        int at = relative.IndexOf("tests/ZoneLint.Cli.Tests/", StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"Cannot place snapshots for {sourceFile}.")
            : Path.GetDirectoryName(Repository.Path(relative[at..].Split('/')))!;
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null;
            string? al = i < a.Length ? a[i] : null;
            if (el != al)
            {
                return $"at line {i + 1}:\n  approved: {el ?? "<end>"}\n  received: {al ?? "<end>"}\n";
            }
        }

        return "(line endings only)";
    }
}
