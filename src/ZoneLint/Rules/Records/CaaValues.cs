using System.Text;

namespace ZoneLint.Rules.Records;

/// <summary>
/// The value grammars of the CAA properties: <c>issue</c> and <c>issuewild</c> (RFC 8659 §4.2, §4.3; reused by
/// <c>issuemail</c>, RFC 9495 §3, and <c>issuevmc</c>), with the ACME parameters <c>accounturi</c> and
/// <c>validationmethods</c> (RFC 8657 §3, §4); <c>iodef</c> (RFC 8659 §4.4); <c>contactemail</c> and
/// <c>contactphone</c> (CA/Browser Forum Baseline Requirements, Appendix A).
/// </summary>
/// <remarks>Values are read one char per octet (Latin-1): the grammars are ASCII, and any other octet is an error.</remarks>
internal static class CaaValues
{
    /// <summary>Tags whose value is an <c>issue-value</c>.</summary>
    private static readonly string[] IssueTags = ["issue", "issuewild", "issuemail", "issuevmc"];

    /// <summary>Every tag with a defined meaning, for "did you mean" suggestions and the unknown-tag check.</summary>
    public static readonly string[] KnownTags = ["issue", "issuewild", "iodef", "contactemail", "contactphone", "issuemail", "issuevmc"];

    /// <summary>Tags the IANA registry keeps reserved (RFC 8659 §7.2): they mean nothing.</summary>
    public static readonly string[] ReservedTags = ["auth", "path", "policy"];

    public static bool IsIssueTag(string tag)
    {
        // PERF: a loop, not Array.Exists: its lambda captured the tag, a closure and a delegate per CAA record.
        foreach (string issueTag in IssueTags)
        {
            if (issueTag.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks an <c>issue-value</c> (RFC 8659 §4.2):
    /// <c>*WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]</c>. Returns why it does not match, or <see langword="null"/>.
    /// </summary>
    public static string? CheckIssueValue(string value)
    {
        int i = 0;
        SkipSpace(value, ref i);
        if (i < value.Length && value[i] != ';')
        {
            int start = i;
            while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '.' or '-'))
            {
                i++;
            }

            if (i == start)
            {
                return $"'{Show(value[i])}' cannot start an issuer domain name";
            }

            if (CheckIssuerDomainName(value.AsSpan(start, i - start)) is { } problem)
            {
                return problem;
            }

            SkipSpace(value, ref i);
        }

        if (i == value.Length)
        {
            return null;
        }

        if (value[i] != ';')
        {
            return $"'{Show(value[i])}' after the issuer domain name: parameters follow a ';'";
        }

        i++;
        SkipSpace(value, ref i);
        if (i == value.Length)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            int start = i;
            while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] == '-'))
            {
                i++;
            }

            string key = value[start..i];
            if (key.Length == 0)
            {
                return i < value.Length && value[i] == ';'
                    ? "an empty parameter between two ';' (a ';' may not end the parameter list either)"
                    : $"'{Show(value[i])}' cannot start a parameter name";
            }

            if (!IsLdhLabel(key))
            {
                return $"parameter name '{key}' must start and end with a letter or digit";
            }

            SkipSpace(value, ref i);
            if (i == value.Length || value[i] != '=')
            {
                return $"parameter '{key}' has no '=' and value";
            }

            i++;
            SkipSpace(value, ref i);
            start = i;
            while (i < value.Length && value[i] is >= '!' and <= '~' and not ';')
            {
                i++;
            }

            string parameterValue = value[start..i];
            if (CheckParameter(key, parameterValue) is { } problem)
            {
                return problem;
            }

            if (!seen.Add(key))
            {
                return $"parameter '{key}' appears twice";
            }

            SkipSpace(value, ref i);
            if (i == value.Length)
            {
                return null;
            }

            if (value[i] != ';')
            {
                return $"'{Show(value[i])}' in the value of parameter '{key}' (values are printable ASCII without spaces or ';')";
            }

            i++;
            SkipSpace(value, ref i);
            if (i == value.Length)
            {
                return "the parameter list ends with ';'";
            }
        }
    }

    /// <remarks>PERF: over a span, with strings made for a message only: every CAA issue record goes through here.</remarks>
    private static string? CheckIssuerDomainName(ReadOnlySpan<char> name)
    {
        if (name.EndsWith('.'))
        {
            return $"the issuer domain name '{name}' ends with '.'; write it without the trailing dot";
        }

        foreach (var range in name.Split('.'))
        {
            var label = name[range];
            if (label.IsEmpty)
            {
                return $"the issuer domain name '{name}' has an empty label";
            }

            if (!IsLdhLabel(label))
            {
                return $"label '{label}' of the issuer domain name must start and end with a letter or digit";
            }
        }

        return null;
    }

    /// <summary>The ACME parameters of RFC 8657; other parameters are the CA's own and only their syntax is checked.</summary>
    private static string? CheckParameter(string key, string value)
    {
        if (key.Equals("accounturi", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out _) ? null : $"accounturi '{value}' is not an absolute URI (RFC 8657 §3)";
        }

        if (key.Equals("validationmethods", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var method in value.Split(','))
            {
                if (method.Length == 0 || !method.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return $"validationmethods '{value}' is not a comma-separated list of method names such as dns-01,http-01 (RFC 8657 §4)";
                }
            }
        }

        return null;
    }

    /// <summary>Checks an <c>iodef</c> value (RFC 8659 §4.4): a <c>mailto:</c>, <c>http:</c> or <c>https:</c> URL.</summary>
    public static string? CheckIodef(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return $"'{value}' is not a URL: iodef takes a mailto:, http: or https: URL";
        }

        switch (uri.Scheme)
        {
            case "mailto":
                string address = value["mailto:".Length..];
                int at = address.IndexOf('@', StringComparison.Ordinal);
                return at > 0 && at < address.Length - 1 && !address.Contains(' ', StringComparison.Ordinal)
                    ? null : $"'{value}' names no mail address";
            case "http":
            case "https":
                return null;
            default:
                return $"scheme '{uri.Scheme}:' is not one CAs report to: use mailto:, http: or https:";
        }
    }

    /// <summary>Checks a <c>contactemail</c> value: one mail address.</summary>
    public static string? CheckContactEmail(string value)
    {
        int at = value.IndexOf('@', StringComparison.Ordinal);
        bool ok = at > 0 && at == value.LastIndexOf('@') && !value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && at < value.Length - 1 && value[(at + 1)..].Contains('.', StringComparison.Ordinal)
            && value.All(c => c is > ' ' and < '\u007f');
        return ok ? null : $"'{value}' is not a mail address (contactemail takes one address, such as security@example.com, without mailto:)";
    }

    /// <summary>Checks a <c>contactphone</c> value: an RFC 3966 global number, <c>+</c> then digits and visual separators.</summary>
    public static string? CheckContactPhone(string value)
    {
        bool ok = value.Length > 1 && value[0] == '+' && value[1..].All(c => char.IsAsciiDigit(c) || c is '-' or '.' or '(' or ')' or ' ')
            && value.Count(char.IsAsciiDigit) >= 3;
        return ok ? null : $"'{value}' is not a global phone number (contactphone takes + and the country code, such as +1 202 555 0100)";
    }

    /// <summary>The known tag <paramref name="tag"/> is probably a misspelling of, or <see langword="null"/>.</summary>
    public static string? Suggest(string tag)
    {
        string lower = tag.ToLowerInvariant();
        string? best = null;
        int bestDistance = 3;
        foreach (var known in KnownTags)
        {
            int d = Distance(lower, known);
            if (d < bestDistance)
            {
                best = known;
                bestDistance = d;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary><c>label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT))</c>: letters, digits and inner hyphens.</summary>
    private static bool IsLdhLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || !char.IsAsciiLetterOrDigit(label[0]) || !char.IsAsciiLetterOrDigit(label[^1]))
        {
            return false;
        }

        foreach (char c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static void SkipSpace(string value, ref int i)
    {
        while (i < value.Length && value[i] is ' ' or '\t')
        {
            i++;
        }
    }

    private static string Show(char c) => c is > ' ' and < '\u007f' ? c.ToString() : "\\" + ((int)c).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value's octets as chars, one per octet.</summary>
    public static string Text(ReadOnlySpan<byte> value) => Encoding.Latin1.GetString(value);
}
