namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test binaries.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ZoneLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ZoneLint.sln not found above the test directory.");
    });

    /// <summary>The repository root (where ZoneLint.sln is), without a trailing separator.</summary>
    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>This test project's fixture zones.</summary>
    public static string Zone(string name) => Path("tests", "ZoneLint.Cli.Tests", "Zones", name);

    /// <summary>The version in Directory.Build.props: what <c>dotnet pack</c> stamps on both packages.</summary>
    public static string Version
    {
        get
        {
            var props = System.Xml.Linq.XDocument.Load(Path("Directory.Build.props"));
            string? version = props.Descendants("Version").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0)
                ?? props.Descendants("VersionPrefix").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
            return version ?? throw new InvalidOperationException("Directory.Build.props sets no Version.");
        }
    }
}
