using System.Globalization;
using ZoneLint.Model;
using ZoneLint.Rules.Dkim;

namespace ZoneLint.Rules.Dmarc;

/// <summary>A report URI of <c>rua</c> or <c>ruf</c>: as written, and for <c>mailto:</c> the address's domain.</summary>
internal sealed record DmarcUri(string Tag, string Text, int Offset, DomainName? MailDomain);

/// <summary>
/// A DMARC record read by RFC 7489 §6.3 and §6.4: the tag-list, <c>v=DMARC1</c> first, <c>p</c> present and valid in a
/// policy record, and every tag's value checked.
/// </summary>
/// <remarks>
/// Values are checked as §6.3 defines them: <c>p</c>/<c>sp</c> none, quarantine or reject; <c>adkim</c>/<c>aspf</c> r or s;
/// <c>pct</c> 0–100; <c>fo</c> a colon-separated list of 0, 1, d, s; <c>rf</c> registered formats (afrf); <c>ri</c> a 32-bit
/// unsigned integer; <c>rua</c>/<c>ruf</c> comma-separated <c>mailto:</c> URIs, each with an optional <c>!size</c> of digits
/// and a unit k, m, g or t (§6.4). The tags DMARCbis adds (<c>np</c>, <c>psd</c>, <c>t</c>) are checked too; other tags
/// are reported, since receivers ignore them and they are nearly always typos. Immutable.
/// </remarks>
internal sealed class DmarcRecord
{
    /// <summary>The version tag's value; compared exactly (the ABNF spells it with %x codes).</summary>
    public const string Version = "DMARC1";

    private static readonly string[] Policies = ["none", "quarantine", "reject"];

    private DmarcRecord(DkimTagList tags, IReadOnlyList<TagError> errors, IReadOnlyList<DmarcUri> uris)
    {
        Tags = tags;
        Errors = errors;
        ReportUris = uris;
    }

    public DkimTagList Tags { get; }

    /// <summary>Every problem found, in order of position.</summary>
    public IReadOnlyList<TagError> Errors { get; }

    /// <summary>The <c>rua</c> and <c>ruf</c> URIs that could be read.</summary>
    public IReadOnlyList<DmarcUri> ReportUris { get; }

    /// <summary>The <c>p</c> tag, if present.</summary>
    public DkimTag? Policy => Tags.Get("p");

    /// <summary>
    /// Whether <paramref name="text"/> is a DMARC record as receivers select them: its first tag is <c>v=DMARC1</c>
    /// (RFC 7489 §6.6.3: "Records that do not start with a 'v=' tag that identifies the current version of DMARC are discarded").
    /// </summary>
    public static bool IsDmarc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // PERF: the version's value is compared exactly, so a text without it is no DMARC record; most TXT records are
        // rejected here without parsing a tag list.
        if (!text.Contains(Version, StringComparison.Ordinal))
        {
            return false;
        }

        // PERF: the way nearly every record starts (v=DMARC1 alone in the first tag) is told from the text; the rest
        // read the tag list.
        var rest = text.AsSpan(FirstNonSpace(text));
        if (rest.Length >= 8 && (rest[0] | 0x20) == 'v' && rest[1..].StartsWith("=" + Version, StringComparison.Ordinal) && (rest.Length == 8 || rest[8] == ';'))
        {
            return true;
        }

        var tags = DkimTagList.Parse(text, caseSensitiveNames: false);
        return tags.Tags.Count > 0 && tags.Tags[0].NameOffset == FirstNonSpace(text) && tags.Tags[0].Name.Equals("v", StringComparison.OrdinalIgnoreCase)
            && tags.Tags[0].Value.Equals(Version, StringComparison.Ordinal);
    }

    /// <summary>Whether a record that is not DMARC was probably meant to be (mentions DMARC, starts with a v tag, or has a p tag).</summary>
    public static bool LooksLikeDmarc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("dmarc", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var tags = DkimTagList.Parse(text, caseSensitiveNames: false);
        return tags.Get("p") is { } p && Policies.Contains(p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads a record. A policy record (at <c>_dmarc</c>) needs <c>p</c>; a report authorization record (RFC 7489 §7.1) does not.</summary>
    public static DmarcRecord Parse(string text, bool policyRecord)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = DkimTagList.Parse(text, caseSensitiveNames: false);
        var errors = new List<TagError>(tags.Errors);
        var uris = new List<DmarcUri>();

        if (tags.Tags.Count == 0 || !tags.Tags[0].Name.Equals("v", StringComparison.OrdinalIgnoreCase) || tags.Tags[0].NameOffset != FirstNonSpace(text))
        {
            errors.Add(new TagError(0, Math.Max(1, Math.Min(text.Length, 8)), "a DMARC record must start with v=DMARC1; receivers discard records that do not (RFC 7489 §6.6.3)"));
        }

        foreach (var tag in tags.Tags)
        {
            CheckTag(tag, errors, uris);
        }

        if (policyRecord && tags.Get("p") is null)
        {
            errors.Add(new TagError(0, Math.Max(1, text.Length), "the record has no p= tag; p (none, quarantine or reject) is required in a policy record (RFC 7489 §6.3)"));
        }

        errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new DmarcRecord(tags, errors, uris);
    }

    private static void CheckTag(DkimTag tag, List<TagError> errors, List<DmarcUri> uris)
    {
        string value = tag.Value;
        void Bad(string message) => errors.Add(new TagError(tag.ValueOffset, Math.Max(1, value.Length), $"{tag.Name}={value}: {message}"));

        switch (tag.Name.ToLowerInvariant())
        {
            case "v":
                if (!value.Equals(Version, StringComparison.Ordinal))
                {
                    Bad("the version must be exactly DMARC1 (upper case)");
                }

                break;
            case "p":
            case "sp":
            case "np":
                if (!Policies.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    Bad("expected none, quarantine or reject" + (tag.Name.Equals("p", StringComparison.OrdinalIgnoreCase)
                        ? "; receivers apply no policy, or treat the record as p=none when rua is valid (RFC 7489 §6.6.3)"
                        : string.Empty));
                }

                break;
            case "adkim":
            case "aspf":
                if (!(value.Equals("r", StringComparison.OrdinalIgnoreCase) || value.Equals("s", StringComparison.OrdinalIgnoreCase)))
                {
                    Bad("expected r (relaxed) or s (strict)");
                }

                break;
            case "pct":
                if (!(value.Length is >= 1 and <= 3 && value.All(char.IsAsciiDigit) && int.Parse(value, CultureInfo.InvariantCulture) <= 100))
                {
                    Bad("expected a percentage, an integer from 0 to 100");
                }

                break;
            case "ri":
                if (!(value.Length > 0 && value.All(char.IsAsciiDigit) && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seconds) && seconds <= uint.MaxValue))
                {
                    Bad("expected the report interval in seconds, an integer from 0 to 4294967295");
                }

                break;
            case "fo":
                foreach (var (item, offset) in DkimTagList.Split(tag, ':'))
                {
                    if (item is not ("0" or "1" or "d" or "s" or "D" or "S"))
                    {
                        errors.Add(new TagError(offset, Math.Max(1, item.Length), $"fo={value}: '{item}' is not a failure-reporting option; expected 0, 1, d or s, separated by ':'"));
                    }
                }

                break;
            case "rf":
                foreach (var (item, offset) in DkimTagList.Split(tag, ':'))
                {
                    if (!item.Equals("afrf", StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add(new TagError(offset, Math.Max(1, item.Length), $"rf={value}: '{item}' is not a registered report format; the only one is afrf (RFC 7489 §6.3)"));
                    }
                }

                break;
            case "rua":
            case "ruf":
                foreach (var (item, offset) in DkimTagList.Split(tag, ','))
                {
                    CheckUri(tag.Name, item, offset, errors, uris);
                }

                break;
            case "psd":
                if (value is not ("y" or "n" or "u"))
                {
                    Bad("expected y, n or u (DMARCbis)");
                }

                break;
            case "t":
                if (value is not ("y" or "n"))
                {
                    Bad("expected y or n (DMARCbis)");
                }

                break;
            default:
                errors.Add(new TagError(tag.NameOffset, tag.Name.Length, $"unknown tag '{tag.Name}' is ignored by receivers (RFC 7489 §6.3): a typo?"));
                break;
        }
    }

    /// <summary><c>dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]</c> (RFC 7489 §6.4), and only <c>mailto:</c>.</summary>
    private static void CheckUri(string tag, string item, int offset, List<TagError> errors, List<DmarcUri> uris)
    {
        void Bad(int at, int length, string message) => errors.Add(new TagError(at, Math.Max(1, length), $"{tag}: {message}"));

        if (item.Length == 0)
        {
            Bad(offset, 1, "empty report URI (a stray comma?)");
            return;
        }

        string uri = item;
        int bang = item.LastIndexOf('!');
        if (bang >= 0)
        {
            string size = item[(bang + 1)..];
            uri = item[..bang];
            string digits = size.Length > 0 && char.IsAsciiLetter(size[^1]) ? size[..^1] : size;
            char unit = size.Length > digits.Length ? char.ToLowerInvariant(size[^1]) : 'b';
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || unit is not ('b' or 'k' or 'm' or 'g' or 't'))
            {
                Bad(offset + bang, size.Length + 1, $"'!{size}' is not a size limit: digits and an optional unit k, m, g or t, such as !10m");
            }
        }

        int colon = uri.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !IsScheme(uri.AsSpan(0, colon)))
        {
            string hint = uri.Contains('@', StringComparison.Ordinal) ? $"; write mailto:{uri}" : string.Empty;
            Bad(offset, item.Length, $"'{item}' is not a URI{hint}");
            return;
        }

        string scheme = uri[..colon];
        if (!scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase))
        {
            Bad(offset, item.Length, $"'{item}': receivers are only required to send reports to mailto: URIs (RFC 7489 §6.2), so {scheme}: reports are unlikely to arrive");
            return;
        }

        if (uri.IndexOfAny([' ', '\t', '"', '<', '>']) >= 0)
        {
            Bad(offset, item.Length, $"'{item}' has characters a URI cannot hold");
            return;
        }

        string address = uri[(colon + 1)..];
        int query = address.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            address = address[..query];
        }

        int at = address.LastIndexOf('@');
        string domain = at >= 0 ? address[(at + 1)..] : string.Empty;
        var name = at > 0 ? HostName(domain) : null;
        if (name is null)
        {
            Bad(offset, item.Length, $"'{item}' is not a mailto: URI with an address local-part@domain");
            return;
        }

        uris.Add(new DmarcUri(tag, item, offset, name));
    }

    /// <summary><c>scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )</c> (RFC 3986 §3.1).</summary>
    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.IsEmpty || !char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (char c in scheme)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A host name (letters, digits, hyphens, dots; at least two labels), or null.</summary>
    private static DomainName? HostName(string text)
    {
        string body = text.EndsWith('.') ? text[..^1] : text;
        if (body.Length == 0 || !body.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var label in body.Split('.'))
        {
            if (label.Length is 0 or > DomainName.MaxLabelLength || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return null;
            }
        }

        return DomainName.TryParse(body + ".", null, out var name, out _) ? name : null;
    }

    private static int FirstNonSpace(string text)
    {
        int i = 0;
        while (i < text.Length && DkimTagList.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
