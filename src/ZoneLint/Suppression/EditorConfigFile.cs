namespace ZoneLint;

/// <summary>One .editorconfig as read: its lines trimmed, the index of each section header among them, and its root flag.</summary>
internal sealed record EditorConfigFile(string Path, string[] Lines, int[] Headers, bool IsRoot)
{
    /// <summary>A number that tells this file from the others a cache has read.</summary>
    public int Number { get; init; }

    /// <summary>For each section header, whether its glob matches <paramref name="zonePath"/> (a full path).</summary>
    public bool[] Match(string zonePath)
    {
        string relative = System.IO.Path.GetRelativePath(System.IO.Path.GetDirectoryName(Path)!, zonePath).Replace('\\', '/');
        var matches = new bool[Headers.Length];
        for (int i = 0; i < Headers.Length; i++)
        {
            string header = Lines[Headers[i]];

            // A glob over the limit is reported by Apply and never matched.
            matches[i] = header.Length - 2 <= EditorConfigOptions.MaxGlobLength && EditorConfigOptions.GlobMatches(header[1..^1], relative);
        }

        return matches;
    }
}
