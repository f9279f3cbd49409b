namespace ZoneLint.Tests.Infrastructure;

/// <summary>Paths in the repository and beside it (the shared corpus), found from the test binaries.</summary>
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

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The shared conformance corpus (<c>../shared/corpus</c>); tests that need it are ignored where it is absent.</summary>
    public static string Corpus
    {
        get
        {
            string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "corpus"));
            if (!Directory.Exists(path))
            {
                Assert.Ignore("The shared corpus (../shared/corpus) is not present beside this clone.");
            }

            return path;
        }
    }
}
