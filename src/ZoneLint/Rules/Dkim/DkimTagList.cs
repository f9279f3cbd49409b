namespace ZoneLint.Rules.Dkim;

/// <summary>One <c>tag=value</c> of a tag-list: its name and value as written, with their offsets in the joined text.</summary>
internal sealed record DkimTag(string Name, int NameOffset, string Value, int ValueOffset);

/// <summary>A problem in a tag-list or one of its values: where it is in the joined text and what is wrong.</summary>
internal readonly record struct TagError(int Offset, int Length, string Message);

/// <summary>
/// The tag-list of RFC 6376 §3.2, which DKIM key records and DMARC records (RFC 7489 §6.3) share:
/// <c>tag-spec *( ";" tag-spec ) [ ";" ]</c>, each spec <c>[FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]</c>, names
/// <c>ALPHA *( ALPHA / DIGIT / "_" )</c>, values of visible characters other than <c>;</c> with inner white space.
/// "Tags with duplicate names MUST NOT occur within a single tag-list; if a tag name does occur more than once, the entire
/// tag-list is invalid."
/// </summary>
/// <remarks>Immutable; reading goes on after an error, so one record reports all its problems.</remarks>
internal sealed class DkimTagList
{
    private DkimTagList(IReadOnlyList<DkimTag> tags, IReadOnlyList<TagError> errors, StringComparison nameComparison)
    {
        Tags = tags;
        Errors = errors;
        NameComparison = nameComparison;
    }

    /// <summary>The tags that could be read, in order (the first of duplicates only).</summary>
    public IReadOnlyList<DkimTag> Tags { get; }

    /// <summary>Problems in the list itself: empty specs, bad names, missing '=', bad characters, duplicates.</summary>
    public IReadOnlyList<TagError> Errors { get; }

    private StringComparison NameComparison { get; }

    /// <summary>The tag named <paramref name="name"/>, if present.</summary>
    /// <remarks>PERF: a loop by index: the LINQ form made a closure and an enumerator per call, for every DMARC and DKIM record.</remarks>
    public DkimTag? Get(string name)
    {
        for (int i = 0; i < Tags.Count; i++)
        {
            if (Tags[i].Name.Equals(name, NameComparison))
            {
                return Tags[i];
            }
        }

        return null;
    }

    /// <summary>Reads a tag-list. DKIM compares tag names with case (RFC 6376 §3.2); DMARC's ABNF literals are case-insensitive.</summary>
    public static DkimTagList Parse(string text, bool caseSensitiveNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        var comparison = caseSensitiveNames ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var tags = new List<DkimTag>();
        var names = new HashSet<string>(caseSensitiveNames ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var errors = new List<TagError>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int end = text.IndexOf(';', pos);
            bool last = end < 0;
            if (last)
            {
                end = text.Length;
            }

            int i = SkipSpace(text, pos, end);
            if (i == end)
            {
                // A trailing ';' (with white space after it) is allowed; an empty spec before another ';' is not.
                if (last)
                {
                    break;
                }

                errors.Add(new TagError(end, 1, "empty tag: two semicolons with nothing between them"));
                pos = end + 1;
                continue;
            }

            ReadSpec(text, i, end, tags, names, errors);
            if (last)
            {
                break;
            }

            pos = end + 1;
        }

        return new DkimTagList(tags, errors, comparison);
    }

    private static void ReadSpec(string text, int start, int end, List<DkimTag> tags, HashSet<string> names, List<TagError> errors)
    {
        int i = start;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        string name = text[start..i];
        int afterName = SkipSpace(text, i, end);
        if (afterName >= end || text[afterName] != '=')
        {
            string spec = text[start..end].TrimEnd();
            errors.Add(new TagError(start, Math.Max(1, spec.Length), $"'{spec}' is not a tag=value pair"));
            return;
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || afterName != SkipSpace(text, i, afterName))
        {
            string written = text[start..afterName].TrimEnd();
            errors.Add(new TagError(start, Math.Max(1, written.Length), $"'{written}' is not a tag name: a letter, then letters, digits or '_'"));
            return;
        }

        int valueStart = SkipSpace(text, afterName + 1, end);
        int valueEnd = end;
        while (valueEnd > valueStart && IsSpace(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        string value = text[valueStart..valueEnd];
        for (int k = 0; k < value.Length; k++)
        {
            char c = value[k];
            if (!(c is >= '!' and <= '~' || IsSpace(c)))
            {
                errors.Add(new TagError(valueStart + k, 1, $"the value of '{name}' has the character 0x{(int)c:X2}, which a tag value cannot hold (visible ASCII only)"));
                break;
            }
        }

        // SECURITY: a set of the names read, not a scan of them per tag: a record of thousands of tags was quadratic.
        if (!names.Add(name))
        {
            errors.Add(new TagError(start, name.Length, $"tag '{name}' appears more than once, which makes the whole record invalid (RFC 6376 §3.2)"));
            return;
        }

        tags.Add(new DkimTag(name, start, value, valueStart));
    }

    /// <summary>Splits a value at <paramref name="separator"/> into trimmed items with their offsets (<c>fo</c>, <c>h</c>, <c>rua</c>…).</summary>
    public static List<(string Item, int Offset)> Split(DkimTag tag, char separator)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var items = new List<(string, int)>();
        int pos = 0;
        string value = tag.Value;
        while (true)
        {
            int end = value.IndexOf(separator, pos);
            if (end < 0)
            {
                end = value.Length;
            }

            int s = pos;
            while (s < end && IsSpace(value[s]))
            {
                s++;
            }

            int e = end;
            while (e > s && IsSpace(value[e - 1]))
            {
                e--;
            }

            items.Add((value[s..e], tag.ValueOffset + s));
            if (end == value.Length)
            {
                return items;
            }

            pos = end + 1;
        }
    }

    /// <summary>White space a tag-list allows around and inside values (WSP, and the CR LF of folding).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static int SkipSpace(string text, int from, int end)
    {
        while (from < end && IsSpace(text[from]))
        {
            from++;
        }

        return from;
    }
}
