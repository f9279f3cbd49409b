using ZoneLint.Model;

namespace ZoneLint.Suppression;

internal enum PragmaKind
{
    Disable,
    Restore,
    DisableLine,
    DisableNextLine,
}

/// <summary>A parsed <c>; zonelint verb [IDs] [-- reason]</c> comment. No IDs means every rule.</summary>
internal sealed class Pragma
{
    private const int FewIds = 8;

    // The first place of each ID among Ids, for pragmas of many (made on first use).
    private Dictionary<string, int>? indexById;

    private Pragma(SourceLocation location, PragmaKind kind, string[] ids, string? justification)
    {
        Location = location;
        Kind = kind;
        Ids = ids;
        Justification = justification;
        Used = new bool[Math.Max(1, ids.Length)];
    }

    public SourceLocation Location { get; }

    public PragmaKind Kind { get; }

    public string[] Ids { get; }

    public string? Justification { get; }

    /// <summary>Per ID (or one flag for a bare pragma): whether it suppressed something.</summary>
    public bool[] Used { get; }

    public static Pragma? Parse(ZonePragma raw, out string? error)
    {
        error = null;
        string text = raw.Text["zonelint".Length..];
        string? justification = null;
        int dashes = text.IndexOf("--", StringComparison.Ordinal);
        if (dashes >= 0)
        {
            justification = text[(dashes + 2)..].Trim();
            text = text[..dashes];
            if (justification.Length == 0)
            {
                justification = null;
            }
        }

        var words = text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error = "'zonelint' comment without a verb: expected disable, restore, disable-line or disable-next-line";
            return null;
        }

        PragmaKind kind;
        switch (words[0].ToLowerInvariant())
        {
            case "disable": kind = PragmaKind.Disable; break;
            case "restore":
            case "enable": kind = PragmaKind.Restore; break;
            case "disable-line": kind = PragmaKind.DisableLine; break;
            case "disable-next-line": kind = PragmaKind.DisableNextLine; break;
            default:
                error = $"unknown pragma verb '{words[0]}': expected disable, restore, disable-line or disable-next-line";
                return null;
        }

        return new Pragma(raw.Location, kind, words[1..], justification);
    }

    /// <summary>Index into <see cref="Used"/> for <paramref name="id"/>, or -1 when this pragma does not name it.</summary>
    public int Match(string id)
    {
        if (Ids.Length == 0)
        {
            return 0;
        }

        if (Ids.Length > FewIds)
        {
            // PERF: a pragma may name thousands of IDs, and each finding it covers asks it about one.
            if (indexById is null)
            {
                indexById = new Dictionary<string, int>(Ids.Length, StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < Ids.Length; i++)
                {
                    indexById.TryAdd(Ids[i], i);
                }
            }

            return indexById.TryGetValue(id, out int index) ? index : -1;
        }

        for (int i = 0; i < Ids.Length; i++)
        {
            if (string.Equals(Ids[i], id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public bool IsBefore(SourceLocation location) =>
        Location.Line < location.Line || (Location.Line == location.Line && Location.Column < location.Column);
}
