using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint;

/// <summary>
/// Reads ZoneLint settings from <c>.editorconfig</c> files the way Roslyn does: found by walking up from the zone file
/// until <c>root = true</c>, sections matched by glob, the nearest file winning.
/// </summary>
/// <remarks>
/// Keys: <c>zonelint_diagnostic.ZL1001.severity</c>, <c>zonelint_diagnostic.category-Mail.severity</c>,
/// <c>zonelint_diagnostic.severity</c> (none, suggestion, warning, error); <c>zonelint.ZL6102.max_ttl</c> (rule settings);
/// <c>zonelint.dnssec</c> (on, off). Other <c>zonelint</c> keys and bad values are ZL0090.
/// </remarks>
public static class EditorConfigOptions
{
    /// <summary>The options that apply to <paramref name="zoneFilePath"/>, on top of <paramref name="baseOptions"/>.</summary>
    public static LintOptions Load(string zoneFilePath, LintOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(zoneFilePath);
        return new EditorConfigCache(baseOptions ?? LintOptions.Default).Load(zoneFilePath);
    }

    /// <summary>The .editorconfig at <paramref name="path"/>, read; <see langword="null"/> when there is none.</summary>
    internal static EditorConfigFile? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = ReadLines(path);
        var headers = new List<int>();
        bool? root = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i] = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                // Root is a preamble key: whatever follows a '[' line is in a section.
                root ??= false;
                if (line[^1] == ']')
                {
                    headers.Add(i);
                }
            }
            else if (root is null && Split(line, out var key, out var value) && key.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                root = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
        }

        return new EditorConfigFile(path, lines, [.. headers], root == true);
    }

    private static string[] ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool Split(string line, out string key, out string value)
    {
        int eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || line.StartsWith('#') || line.StartsWith(';'))
        {
            key = value = string.Empty;
            return false;
        }

        key = line[..eq].Trim();
        value = line[(eq + 1)..].Trim();
        int comment = value.IndexOfAny(['#', ';']);
        if (comment >= 0 && (comment == 0 || char.IsWhiteSpace(value[comment - 1])))
        {
            value = value[..comment].Trim();
        }

        return true;
    }

    /// <summary>
    /// <paramref name="options"/> with the settings of <paramref name="file"/>'s sections that <paramref name="matches"/>
    /// (one flag per section header, as <see cref="EditorConfigFile.Match"/> gives them) and, when
    /// <paramref name="withProblems"/>, the problems of all its sections.
    /// </summary>
    internal static LintOptions Apply(EditorConfigFile file, bool[] matches, LintOptions options, bool withProblems)
    {
        string configPath = file.Path;
        int section = 0;
        bool inSection = false;
        bool inMatchingSection = false;
        var rules = options.RuleSeverities.ToBuilder();
        var categories = options.CategorySeverities.ToBuilder();
        var settings = options.RuleSettings.ToBuilder();
        var problems = options.Problems.ToBuilder();
        var all = options.DefaultSeverity;
        bool dnssec = options.Dnssec;

        // SECURITY: every zone file an .editorconfig applies to reports its problems again, so 2,000 zone files under a
        // file of 2,000 bad keys made 4 million findings (1.9 GB of JSON, 29 s): a file's first ones are reported, and
        // one more says how many were not.
        int found = 0;
        SourceLocation? firstUnreported = null;
        void Report(SourceLocation location, string message)
        {
            if (!withProblems)
            {
                return;
            }

            if (found++ < MaxProblemsPerFile)
            {
                problems.Add(Problem(location, message));
            }
            else
            {
                firstUnreported ??= location;
            }
        }

        for (int index = 0; index < file.Lines.Length; index++)
        {
            string line = file.Lines[index];
            int lineNumber = index + 1;
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                // SECURITY: the match recurses once per character of the glob; a header of 300,000 '*' (a 300 KB file in
                // a repository's pull request) overflowed the stack, which ends the process.
                inSection = true;
                inMatchingSection = false;
                if (line.Length - 2 > MaxGlobLength)
                {
                    Report(new SourceLocation(configPath, lineNumber, 1), string.Create(CultureInfo.InvariantCulture, $"section header is {line.Length - 2:N0} characters long, more than the {MaxGlobLength:N0} a glob may have; the section is ignored"));
                }
                else if (matches[section])
                {
                    inMatchingSection = true;
                    section++;
                    continue;
                }

                // PERF: a section that does not apply is skipped whole, unless its problems are to be reported, so that a
                // file of many sections costs each zone file its headers and the lines it uses, not every line (4,000 zone
                // files under 4,000 sections).
                section++;
                if (!withProblems || line.Length - 2 > MaxGlobLength)
                {
                    index = (section < file.Headers.Length ? file.Headers[section] : file.Lines.Length) - 1;
                }

                continue;
            }

            // A section that does not apply is read for its problems only.
            if (!inSection || !Split(line, out var key, out var value))
            {
                continue;
            }

            var location = new SourceLocation(configPath, lineNumber, 1);
            string lower = key.ToLowerInvariant();
            if (lower.StartsWith("zonelint_diagnostic.", StringComparison.Ordinal))
            {
                if (!LintOptions.TryParseSeverity(value, out var severity))
                {
                    Report(location, $"'{value}' is not a severity for {key}: expected none, suggestion, warning or error");
                    continue;
                }

                var parts = key.Split('.');
                if (parts.Length == 2 && parts[1].Equals("severity", StringComparison.OrdinalIgnoreCase))
                {
                    all = inMatchingSection ? severity : all;
                }
                else if (parts.Length == 3 && parts[2].Equals("severity", StringComparison.OrdinalIgnoreCase))
                {
                    if (parts[1].StartsWith("category-", StringComparison.OrdinalIgnoreCase))
                    {
                        if (inMatchingSection)
                        {
                            categories[parts[1]["category-".Length..]] = severity;
                        }
                    }
                    else
                    {
                        if (inMatchingSection)
                        {
                            rules[parts[1].ToUpperInvariant()] = severity;
                        }
                    }
                }
                else
                {
                    Report(location, $"'{key}' is not a ZoneLint key: expected zonelint_diagnostic.<ID>.severity or zonelint_diagnostic.category-<Category>.severity");
                }
            }
            else if (lower.StartsWith("zonelint.", StringComparison.Ordinal))
            {
                var parts = key.Split('.', 3);
                if (parts.Length == 2 && parts[1].Equals("dnssec", StringComparison.OrdinalIgnoreCase))
                {
                    switch (value.ToLowerInvariant())
                    {
                        case "on" or "true": dnssec = dnssec || inMatchingSection; break;
                        case "off" or "false": dnssec = dnssec && !inMatchingSection; break;
                        default: Report(location, $"'{value}' is not valid for zonelint.dnssec: expected on or off"); break;
                    }
                }
                else if (parts.Length == 3 && parts[2].Length > 0)
                {
                    if (inMatchingSection)
                    {
                        settings[parts[1].ToUpperInvariant() + "." + parts[2]] = value;
                    }
                }
                else
                {
                    Report(location, $"'{key}' is not a ZoneLint key: expected zonelint.<ID>.<setting> or zonelint.dnssec");
                }
            }
        }

        if (firstUnreported is { } unreported)
        {
            problems.Add(Problem(unreported, string.Create(CultureInfo.InvariantCulture, $"{found - MaxProblemsPerFile:N0} more problems in this file, this one first, are not reported: at most {MaxProblemsPerFile:N0} of a file are, for each zone file it applies to")));
        }

        return options with
        {
            RuleSeverities = rules.ToImmutable(),
            CategorySeverities = categories.ToImmutable(),
            RuleSettings = settings.ToImmutable(),
            DefaultSeverity = all,
            Dnssec = dnssec,
            Problems = problems.ToImmutable(),
            Source = configPath,
        };
    }

    /// <summary>The longest section glob matched; a longer header is reported and its section ignored.</summary>
    internal const int MaxGlobLength = 1024;

    /// <summary>The most problems (ZL0090) of one .editorconfig reported with a zone file; one more counts the rest.</summary>
    internal const int MaxProblemsPerFile = 100;

    private static Diagnostic Problem(SourceLocation location, string message) =>
        new(ParserDiagnostics.Configuration, message, location);

    /// <summary>EditorConfig globs: <c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>{a,b}</c>; a pattern without <c>/</c> matches the file name at any depth.</summary>
    /// <remarks>
    /// Matched directly, each (pattern, path) position tried once. PERF: a regular expression built per section made the
    /// runtime load and prime its regex engine in every process: 6% of `zonelint check` on a small zone.
    /// </remarks>
    internal static bool GlobMatches(string pattern, string relativePath)
    {
        if (!pattern.Contains('/', StringComparison.Ordinal))
        {
            pattern = "**/" + pattern;
        }
        else if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }

        // PERF: the two tables are rented, not made per match: a run matches every zone file with every section header.
        int size = (pattern.Length + 1) * (relativePath.Length + 1);
        byte[] tables = ArrayPool<byte>.Shared.Rent(2 * size);
        try
        {
            Array.Clear(tables, 0, 2 * size);
            return new Glob(pattern, relativePath, tables).Matches(0, 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tables);
        }
    }

    /// <summary>
    /// One glob against one path, with what each position pair gave remembered in <paramref name="tables"/>: zeroed, at
    /// least twice (pattern + 1) x (path + 1) long.
    /// </summary>
    private readonly struct Glob(string pattern, string path, byte[] tables)
    {
        // The first table, per position pair, 0: not tried, 1: matches, 2: does not. The second, for a star at p, whether
        // the star can stop at some i >= s from which the rest of the pattern matches, the same coding. PERF: each star
        // position tried every place it could stop, so a pair took path steps, and a glob of 340 '**a' against a path
        // of 3,765 characters took 3.7 s (pattern x path x path); the second table makes it pattern x path.
        private readonly int stops = (pattern.Length + 1) * (path.Length + 1);

        public bool Matches(int p, int s)
        {
            ref byte known = ref tables[(p * (path.Length + 1)) + s];
            if (known == 0)
            {
                known = MatchesFrom(p, s) ? (byte)1 : (byte)2;
            }

            return known == 1;
        }

        private bool MatchesFrom(int p, int s)
        {
            if (p == pattern.Length)
            {
                return s == path.Length;
            }

            switch (pattern[p])
            {
                case '*' when p + 2 < pattern.Length && pattern[p + 1] == '*' && pattern[p + 2] == '/':
                    // "**/": no directory, or any run of them.
                    return Matches(p + 3, s) || Stops(p, s);
                case '*':
                    return Stops(p, s);
                case '?':
                    return s < path.Length && path[s] != '/' && Matches(p + 1, s + 1);
                case '{' when pattern.IndexOf('}', p) is var close and > 0:
                    foreach (string option in pattern[(p + 1)..close].Split(','))
                    {
                        if (path.AsSpan(s).StartsWith(option, StringComparison.Ordinal) && Matches(close + 1, s + option.Length))
                        {
                            return true;
                        }
                    }

                    return false;
                case '[' when pattern.IndexOf(']', p) is var end and > 0:
                    return s < path.Length && InSet(pattern.AsSpan(p + 1, end - p - 1), path[s]) && Matches(end + 1, s + 1);
                default:
                    return s < path.Length && path[s] == pattern[p] && Matches(p + 1, s + 1);
            }
        }

        /// <summary>
        /// Whether the star at <paramref name="p"/> can stop at some place from <paramref name="s"/> on and the rest of the
        /// pattern match from there: "*" stops anywhere before the next '/', "**" anywhere, "**/" just after any '/'.
        /// </summary>
        /// <remarks>
        /// Each place's answer is the next place's and one more step, so the places not yet known are filled in from the
        /// nearest known one back to <paramref name="s"/>, once each. The recursion goes to later pattern positions only,
        /// never to a later place of this one, so it stays as deep as the pattern is long.
        /// </remarks>
        private bool Stops(int p, int s)
        {
            int rest = p + 1 < pattern.Length && pattern[p + 1] == '*' ? (p + 2 < pattern.Length && pattern[p + 2] == '/' ? p + 3 : p + 2) : p + 1;
            int row = stops + (p * (path.Length + 1));
            int known = s;
            while (known <= path.Length && tables[row + known] == 0)
            {
                known++;
            }

            for (int i = known - 1; i >= s; i--)
            {
                bool later = i < path.Length && tables[row + i + 1] == 1;
                bool here = (rest - p) switch
                {
                    1 => Matches(rest, i) || (later && path[i] != '/'),
                    2 => Matches(rest, i) || later,
                    _ => (i < path.Length && path[i] == '/' && Matches(rest, i + 1)) || later,
                };
                tables[row + i] = here ? (byte)1 : (byte)2;
            }

            return tables[row + s] == 1;
        }

        /// <summary>Whether <paramref name="c"/> is in a bracket set: characters and ranges, negated by a leading <c>!</c>.</summary>
        private static bool InSet(ReadOnlySpan<char> set, char c)
        {
            bool negated = set.Length > 0 && set[0] is '!' or '^';
            if (negated)
            {
                set = set[1..];
            }

            bool found = false;
            for (int i = 0; i < set.Length && !found; i++)
            {
                char first = set[i] == '\\' && i + 1 < set.Length ? set[++i] : set[i];
                if (i + 2 < set.Length && set[i + 1] == '-')
                {
                    i += 2;
                    char last = set[i] == '\\' && i + 1 < set.Length ? set[++i] : set[i];
                    found = c >= first && c <= last;
                }
                else
                {
                    found = c == first;
                }
            }

            return found != negated;
        }
    }
}
