namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>
/// Environment for a child process that restores the freshly packed ZoneLint package: a global packages folder of
/// its own, so that the per-run test versions never pile up in the user's NuGet cache and nothing cached there can
/// stand in for the package just built, and a fallback folder that offers every other package of the user's cache,
/// so that nothing else needs the network.
/// </summary>
internal static class NuGetIsolation
{
    /// <summary>Package IDs (lower case, as folders in the cache) that must come from the test's own feed.</summary>
    private static readonly string[] OwnPackages = ["zonelint", "zonelint.tool"];

    public static Dictionary<string, string?> Environment(string workDirectory)
    {
        string packages = Path.Combine(workDirectory, "nuget-packages");
        Directory.CreateDirectory(packages);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = packages };
        if (FallbackFolder(workDirectory) is { } fallback)
        {
            environment["NUGET_FALLBACK_PACKAGES"] = fallback;
        }

        return environment;
    }

    /// <summary>The user's global packages folder (where the solution's own restore put everything).</summary>
    public static string UserPackagesFolder =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// A folder of symbolic links to each package of the user's cache except ZoneLint's own; where links cannot be made
    /// (Windows without the privilege), the user's folder itself.
    /// </summary>
    private static string? FallbackFolder(string workDirectory)
    {
        string user = UserPackagesFolder;
        if (!Directory.Exists(user))
        {
            return null;
        }

        string farm = Path.Combine(workDirectory, "nuget-fallback");
        Directory.CreateDirectory(farm);
        try
        {
            foreach (string package in Directory.EnumerateDirectories(user))
            {
                string id = Path.GetFileName(package);
                if (!OwnPackages.Contains(id, StringComparer.OrdinalIgnoreCase))
                {
                    Directory.CreateSymbolicLink(Path.Combine(farm, id), package);
                }
            }

            return farm;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TestContext.Progress.WriteLine($"Could not link the NuGet cache ({e.Message}); using {user} as the fallback folder.");
            return user;
        }
    }
}
