using System.Runtime.InteropServices;
using ZoneLint.Cli.Tests.Infrastructure;

namespace ZoneLint.Cli.Tests.EndToEnd;

/// <summary>
/// Both packages, packed once per test run from this working tree into a temporary local feed, with a version of
/// their own (<c>&lt;version&gt;-e2e.&lt;timestamp&gt;</c>) so that nothing cached from an earlier run can be taken for them.
/// The build goes to its own artifacts folder: the developer's bin/ and obj/ are left alone.
/// </summary>
internal sealed class PackedFeed
{
    private static readonly Lazy<PackedFeed> Instance = new(() => new PackedFeed(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static TempDirectory? work;

    private PackedFeed()
    {
        work = new TempDirectory("zonelint-feed");
        Version = $"{Repository.Version}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
        Directory = work.Combine("feed");
        string artifacts = work.Combine("artifacts");
        void Pack(string project, params string[] options)
        {
            var pack = ProcessRunner.Run(
                ProcessRunner.Dotnet,
                ["pack", Repository.Path(project.Split('/')), "-c", "Release", .. options, "-o", Directory, "--artifacts-path", artifacts, $"-p:Version={Version}", "-nologo"],
                Repository.Root,
                timeout: TimeSpan.FromMinutes(5));
            Assert.That(pack.ExitCode, Is.Zero, pack.ToString);
        }

        Pack("src/ZoneLint.Cli/ZoneLint.Cli.csproj");
        Pack("src/ZoneLint/ZoneLint.csproj");

        // As a release packs it (CONTRIBUTING.md): this machine's platform packed again on its own, as native code.
        if (IsNativeHere)
        {
            Pack("src/ZoneLint.Cli/ZoneLint.Cli.csproj", "-r", RuntimeInformation.RuntimeIdentifier, "-p:ZoneLintNativeAot=true");
        }

        Library = Path.Combine(Directory, $"ZoneLint.{Version}.nupkg");
        Tool = Path.Combine(Directory, $"ZoneLint.Tool.{Version}.nupkg");
    }

    /// <summary>
    /// Whether this machine's platform is packed again as native code (native AOT), as a release packs it: on Linux
    /// with a C compiler to link with.
    /// </summary>
    public static bool IsNativeHere => OperatingSystem.IsLinux() && (File.Exists("/usr/bin/clang") || File.Exists("/usr/bin/gcc"));

    /// <summary>The tool's package for one platform (<c>any</c>: the portable one), beside the pointer package <see cref="Tool"/>.</summary>
    public string ToolFor(string platform) => Path.Combine(Directory, $"ZoneLint.Tool.{platform}.{Version}.nupkg");

    /// <summary>The packed feed; packs on first use (about three minutes: the tool is precompiled for six platforms, and this one's compiled to native code), and fails every later caller the same way if packing failed.</summary>
    public static PackedFeed Get() => Instance.Value;

    /// <summary>
    /// The feed folder: <c>ZoneLint.&lt;v&gt;.nupkg</c>, the tool's pointer package <c>ZoneLint.Tool.&lt;v&gt;.nupkg</c>,
    /// one <c>ZoneLint.Tool.&lt;platform&gt;.&lt;v&gt;.nupkg</c> per platform, and their <c>.snupkg</c>.
    /// </summary>
    public string Directory { get; }

    public string Version { get; }

    public string Library { get; }

    public string Tool { get; }

    /// <summary>Deletes the feed and its build when the run is over (called by <see cref="EndToEndCleanup"/>).</summary>
    internal static void Cleanup()
    {
        work?.Dispose();
        work = null;
    }
}

/// <summary>Removes what the end-to-end tests left in the temp folder.</summary>
[SetUpFixture]
public sealed class EndToEndCleanup
{
    [OneTimeTearDown]
    public void DeleteFeed() => PackedFeed.Cleanup();
}
