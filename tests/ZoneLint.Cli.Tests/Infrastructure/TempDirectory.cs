namespace ZoneLint.Cli.Tests.Infrastructure;

/// <summary>A fresh directory under the system temp folder, deleted on dispose unless ZONELINT_KEEP_TEMP=1 (for a post-mortem).</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        string path = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ZONELINT_KEEP_TEMP") == "1")
        {
            TestContext.Progress.WriteLine($"Kept {Path}");
            return;
        }

        try
        {
            // Symbolic links (the NuGet fallback farm links into the user's cache) are neither followed nor touched.
            var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in new DirectoryInfo(Path).EnumerateFiles("*", walk))
            {
                file.Attributes = FileAttributes.Normal; // git makes its objects read-only
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TestContext.Progress.WriteLine($"Could not delete {Path}: {e.Message}");
        }
    }
}
