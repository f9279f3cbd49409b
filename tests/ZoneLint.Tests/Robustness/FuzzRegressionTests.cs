using ZoneLint.Fuzz;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// Every input the fuzzer ever saved (<c>tests/ZoneLint.Tests/FuzzRegressions/*.zone</c>) is read again and must now
/// satisfy the invariants: parse and lint return in time, every location inside the input. Files are read from the
/// source tree, so a reproducer the fuzzer has just saved fails here without a rebuild.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static IEnumerable<TestCaseData> Reproducers() =>
        Directory.EnumerateFiles(Repository.Path("tests", "ZoneLint.Tests", "FuzzRegressions"), "*.zone")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetArgDisplayNames(Path.GetFileName(path)));

    [TestCaseSource(nameof(Reproducers))]
    public void Reproducer_satisfies_the_invariants(string name)
    {
        byte[] input = File.ReadAllBytes(Repository.Path("tests", "ZoneLint.Tests", "FuzzRegressions", name));
        var run = Task.Run(() => FuzzTarget.Run(input));
        Assert.That(run.Wait(Timeout), Is.True, $"{name}: no result after {Timeout.TotalSeconds} s");
        Assert.That(run.Result, Is.Null, name);
    }
}
