using System.Collections.Concurrent;
using System.Text;
using ZoneLint.Engine;

namespace ZoneLint;

/// <summary>
/// The .editorconfig files of one run, each read once, and the options each chain of matching sections gives: zone files
/// that match the same sections of the same files share one <see cref="LintOptions"/>.
/// </summary>
/// <remarks>
/// PERF: each zone file read and applied every .editorconfig above it again, so a run cost zone files x the
/// .editorconfig's length: 1,000 zone files under one section of 25,000 settings took more than 120 s, and 2,000 under
/// 2,000 bad keys 7 s. Safe to use from several threads.
/// </remarks>
internal sealed class EditorConfigCache(LintOptions baseOptions)
{
    private readonly ConcurrentDictionary<string, EditorConfigFile?> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LintOptions> applied = new(StringComparer.Ordinal);

    // The zone file each .editorconfig's problems are reported with, when planned; without a plan, with every one.
    private readonly Dictionary<EditorConfigFile, string> reporter = new(ReferenceEqualityComparer.Instance);
    private bool planned;

    // PERF: the options shared by zone files are found by the numbers of their .editorconfig files, not their paths: in a
    // tree of an .editorconfig at each of 1,000 levels, a key of paths was a million characters a zone file.
    private int filesRead;

    /// <summary>
    /// Says which zone files the run will load, in the order they are reported: the problems (ZL0090) of each
    /// .editorconfig, from all its sections, then go with the first of them it applies to, and with no other.
    /// </summary>
    /// <remarks>
    /// SECURITY: reported with every zone file it applies to, an .editorconfig's problems were zone files x problems, and
    /// in a tree of nested directories each with an .editorconfig and a zone file, zone files x depth x problems: 150
    /// levels of 100 bad keys each (350 KB) made 647 MB of JSON. Call before <see cref="Load"/>, from one thread.
    /// </remarks>
    public void Plan(IEnumerable<string> zoneFilePaths)
    {
        foreach (string path in zoneFilePaths)
        {
            string full = Path.GetFullPath(path);
            foreach (var file in Chain(full))
            {
                reporter.TryAdd(file, full);
            }
        }

        planned = true;
    }

    /// <summary>The options that apply to <paramref name="zoneFilePath"/>, on top of the cache's base options.</summary>
    public LintOptions Load(string zoneFilePath)
    {
        string full = Path.GetFullPath(zoneFilePath);
        var chain = Chain(full);
        var reports = new bool[chain.Count];
        var matches = new bool[chain.Count][];
        var key = new StringBuilder();
        for (int i = 0; i < chain.Count; i++)
        {
            reports[i] = !planned || (reporter.TryGetValue(chain[i], out string? first) && first == full);
            matches[i] = chain[i].Match(full);
            key.Append(chain[i].Number).Append(reports[i] ? '+' : '-');
            for (int k = 0; k < matches[i].Length; k++)
            {
                if (matches[i][k])
                {
                    key.Append(k).Append(',');
                }
            }
        }

        return applied.GetOrAdd(key.ToString(), _ =>
        {
            var options = baseOptions;
            for (int i = 0; i < chain.Count; i++)
            {
                options = EditorConfigOptions.Apply(chain[i], matches[i], options, reports[i]);
            }

            return options;
        });
    }

    /// <summary>The .editorconfig files above <paramref name="full"/> up to the first marked root, farthest first.</summary>
    private List<EditorConfigFile> Chain(string full)
    {
        var chain = new List<EditorConfigFile>();
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (files.GetOrAdd(Path.Combine(dir, ".editorconfig"), path => EditorConfigOptions.Read(path) is { } read ? read with { Number = Interlocked.Increment(ref filesRead) } : null) is { } file)
            {
                chain.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        // Farthest first, so nearer files override.
        chain.Reverse();
        return chain;
    }
}
