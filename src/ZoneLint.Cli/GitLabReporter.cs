using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>
/// The <c>--format gitlab</c> report: a GitLab code-quality report (a JSON array of issues with <c>description</c>,
/// <c>check_name</c>, <c>fingerprint</c>, <c>severity</c>, <c>location.path</c> and <c>location.lines.begin</c>) that a
/// merge request shows as a widget. A public interface, like the JSON report.
/// </summary>
/// <remarks>
/// Suppressed findings are left out: GitLab has no notion of a suppression, and a reviewed exception must not come
/// back as a new issue. Paths are relative to the current directory where the file lies below it (GitLab wants them
/// relative to the repository root, where CI jobs start), with forward slashes.
/// </remarks>
internal static class GitLabReporter
{
    public static void Write(TextWriter writer, IReadOnlyList<FileReport> reports)
    {
        // The fingerprint identifies an issue across pipelines, so that GitLab can tell new issues from fixed ones. It
        // leaves out the line number (a record moving down a line is the same issue) and counts repeats so that two
        // identical findings in one file still get distinct fingerprints.
        // PERF: repeats are counted by the identity's SHA-256 (its first 128 bits), not by its text: 442,000 findings kept
        // some 90 MB of identity strings to the end of the report.
        var seen = new Dictionary<UInt128, int>();
        string currentDirectory = Directory.GetCurrentDirectory();
        using (var output = new JsonOutput(writer))
        {
            var json = output.Json;
            json.WriteStartArray();
            foreach (var report in reports)
            {
                foreach (var d in report.Result.Diagnostics)
                {
                    if (d.IsSuppressed)
                    {
                        continue;
                    }

                    string path = RelativePath(d.Location.File ?? report.File, currentDirectory);
                    string identity = $"{d.Id}\n{path}\n{d.Owner}\n{d.Message}";
                    var key = Digest(identity);
                    int occurrence = seen.TryGetValue(key, out int n) ? n + 1 : 1;
                    seen[key] = occurrence;

                    json.WriteStartObject();
                    json.WriteString("description", $"{d.Id}: {d.Message}");
                    json.WriteString("check_name", d.Id);
                    json.WriteString("fingerprint", Fingerprint($"{identity}\n{occurrence}"));
                    json.WriteString("severity", Severity(d.Severity));
                    json.WriteStartObject("location");
                    json.WriteString("path", path);
                    json.WriteStartObject("lines");
                    json.WriteNumber("begin", Math.Max(1, d.Location.Line));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    output.FlushIfFull();
                }
            }

            json.WriteEndArray();
        }
    }

    /// <summary>GitLab's scale is info, minor, major, critical, blocker; an error breaks resolution, so it is critical.</summary>
    internal static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "critical",
        DiagnosticSeverity.Warning => "major",
        _ => "info",
    };

    private static string RelativePath(string file, string currentDirectory)
    {
        if (Path.IsPathRooted(file))
        {
            string relative = Path.GetRelativePath(currentDirectory, file);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                file = relative;
            }
        }

        file = file.Replace('\\', '/');
        return file.StartsWith("./", StringComparison.Ordinal) ? file[2..] : file;
    }

    private static UInt128 Digest(string identity)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private static string Fingerprint(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
}
