using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// An SPF record read by the RFC 7208 §12 grammar: its terms with their positions, and every syntax error found.
/// </summary>
/// <remarks>
/// <para>
/// The reader is a hand-written recursive-descent parser, not a pattern match: it reads each space-separated term,
/// decides between modifier (<c>name=</c>) and mechanism (<c>[qualifier]name[:…][/…]</c>) as §12 does, and checks every
/// part: known mechanism names, the arguments each mechanism takes, ip4/ip6 networks and CIDR lengths (no leading zeros,
/// 0–32 and 0–128), domain-specs (macro syntax of §7.1, a <c>domain-end</c> that is a top-level label or a macro, labels of
/// 1–63 octets), and at most one <c>redirect</c> and one <c>exp</c> (§6). It keeps going after an error, so one record
/// reports all its problems, and every term that could be read is kept for the other rules.
/// </para>
/// <para>Immutable; offsets are octets of the joined text (<see cref="TxtRecordText"/>).</para>
/// </remarks>
internal sealed class SpfRecord
{
    /// <summary>The version section, which must start the record (RFC 7208 §4.5).</summary>
    public const string Version = "v=spf1";

    /// <summary>Modifiers other RFCs define (RFC 6652 §3: <c>ra</c>, <c>rp</c>, <c>rr</c>), which are not typos.</summary>
    private static readonly string[] RegisteredExtensionModifiers = ["ra", "rp", "rr"];

    private readonly SpfTerm[] terms;

    private SpfRecord(string text, List<SpfTerm> terms, IReadOnlyList<SpfError> errors)
    {
        Text = text;
        this.terms = [.. terms];
        Errors = errors;

        // PERF: asked by several rules for every SPF record; the terms never change.
        foreach (var term in terms)
        {
            if (term.Kind == SpfTermKind.All)
            {
                All ??= term;
            }
            else if (term.Kind == SpfTermKind.Redirect)
            {
                Redirect ??= term;
            }
        }
    }

    /// <summary>The joined text that was read.</summary>
    public string Text { get; }

    /// <summary>Every term that could be read, in order; unreadable ones have <see cref="SpfTermKind.Invalid"/>.</summary>
    /// <remarks>PERF: a span, so that the rules' loops over every record's terms allocate no enumerator.</remarks>
    public ReadOnlySpan<SpfTerm> Terms => terms;

    /// <summary>Syntax errors, in order of position. Any error makes receivers return permerror (RFC 7208 §4.6).</summary>
    public IReadOnlyList<SpfError> Errors { get; }

    /// <summary>The first <c>all</c> mechanism, if any.</summary>
    public SpfTerm? All { get; }

    /// <summary>Whether the record has an <c>all</c> mechanism.</summary>
    public bool HasAll => All is not null;

    /// <summary>The first <c>redirect</c> modifier, if any.</summary>
    public SpfTerm? Redirect { get; }

    /// <summary>Whether the redirect is followed: there is one, and no <c>all</c> (RFC 7208 §5.1, §6.1).</summary>
    public SpfTerm? EffectiveRedirect => HasAll ? null : Redirect;

    /// <summary>
    /// Whether <paramref name="text"/> is an SPF record: it starts with <c>v=spf1</c> followed by a space or nothing
    /// (RFC 7208 §4.5). ABNF literals are case-insensitive, and so is this test.
    /// </summary>
    public static bool IsSpf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith(Version, StringComparison.OrdinalIgnoreCase) && (text.Length == Version.Length || text[Version.Length] == ' ');
    }

    /// <summary>Whether <paramref name="text"/> starts like an SPF record but runs on after <c>v=spf1</c>, which receivers then do not treat as SPF.</summary>
    public static bool LooksLikeSpf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith(Version, StringComparison.OrdinalIgnoreCase) && !IsSpf(text);
    }

    /// <summary>Whether an unknown modifier's name is registered by another RFC rather than being a likely typo.</summary>
    public static bool IsRegisteredExtension(string name) =>
        RegisteredExtensionModifiers.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a record. A text that does not start with <c>v=spf1</c> yields one error at offset 0.</summary>
    public static SpfRecord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<SpfTerm>();
        var errors = new List<SpfError>();
        if (!text.StartsWith(Version, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new SpfError(0, Math.Min(text.Length, Version.Length), "an SPF record starts with 'v=spf1'"));
            return new SpfRecord(text, terms, errors);
        }

        int pos = Version.Length;
        if (pos < text.Length && text[pos] != ' ')
        {
            int end = NextSpace(text, pos);
            errors.Add(new SpfError(0, end, $"'{text[..end]}' is not the version 'v=spf1': a space must follow it (RFC 7208 §4.5), so receivers ignore this record"));
            pos = end;
        }

        var parser = new TermParser(text, terms, errors);
        while (pos < text.Length)
        {
            while (pos < text.Length && text[pos] == ' ')
            {
                pos++;
            }

            if (pos == text.Length)
            {
                break;
            }

            int end = NextSpace(text, pos);
            parser.ParseTerm(pos, end);
            pos = end;
        }

        parser.CheckModifierCounts();
        errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new SpfRecord(text, terms, errors);
    }

    private static int NextSpace(string text, int from)
    {
        int i = text.IndexOf(' ', from);
        return i < 0 ? text.Length : i;
    }

    /// <summary>The term grammar of RFC 7208 §12, one term at a time.</summary>
    private sealed class TermParser(string text, List<SpfTerm> terms, List<SpfError> errors)
    {
        private const string MacroLetters = "slodiphcrtv";
        private const string ExplanationOnlyLetters = "crt";
        private const string Delimiters = ".-+,/_=";

        public void ParseTerm(int start, int end)
        {
            string term = text[start..end];
            int bad = IndexOfInvalidCharacter(term);
            if (bad >= 0)
            {
                Error(start + bad, 1, $"'{term}' has the character {Describe(term[bad])}, which SPF does not allow (only visible ASCII, RFC 7208 §12)");
                terms.Add(new SpfTerm(SpfTermKind.Invalid, term, start, '\0', term, null, start));
                return;
            }

            int sep = term.IndexOfAny(['=', ':', '/']);
            if (sep > 0 && term[sep] == '=' && IsModifierName(term.AsSpan(0, sep)))
            {
                ParseModifier(term, start, sep);
                return;
            }

            char qualifier = '\0';
            int nameStart = 0;
            if (term[0] is '+' or '-' or '~' or '?')
            {
                qualifier = term[0];
                nameStart = 1;
                if (term.Length == 1)
                {
                    Error(start, 1, $"qualifier '{term}' without a mechanism: write for example '{term}all'");
                    terms.Add(new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, string.Empty, null, start));
                    return;
                }

                int sep2 = term.IndexOfAny(['=', ':', '/'], 1);
                if (sep2 > 1 && term[sep2] == '=' && IsModifierName(term.AsSpan(1, sep2 - 1)))
                {
                    Error(start, term.Length, $"'{term}': the modifier '{term[1..sep2]}' cannot take a qualifier (RFC 7208 §4.6.1)");
                    terms.Add(new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, term[1..sep2], null, start));
                    return;
                }
            }

            int argStart = term.IndexOfAny([':', '/'], nameStart);
            if (argStart < 0)
            {
                argStart = term.Length;
            }

            string name = term[nameStart..argStart];
            var kind = MechanismKind(name);
            if (kind is null)
            {
                string hint = name.Contains('=', StringComparison.Ordinal) ? " (a modifier is written name=value, with a name of letters, digits, '-', '_' and '.')" : string.Empty;
                Error(start + nameStart, name.Length == 0 ? term.Length - nameStart : name.Length, $"unknown mechanism '{(name.Length == 0 ? term : name)}': expected all, include, a, mx, ptr, ip4, ip6 or exists{hint}");
                terms.Add(new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, name, null, start));
                return;
            }

            terms.Add(ParseMechanism(kind.Value, term, start, qualifier, name, argStart));
        }

        public void CheckModifierCounts()
        {
            foreach (var kind in new[] { SpfTermKind.Redirect, SpfTermKind.Explanation })
            {
                bool seen = false;
                foreach (var t in terms)
                {
                    if (t.Kind != kind)
                    {
                        continue;
                    }

                    if (seen)
                    {
                        Error(t.Offset, t.Length, $"second '{t.Name}' modifier: each of redirect and exp may appear only once (RFC 7208 §6)");
                    }

                    seen = true;
                }
            }
        }

        private SpfTerm ParseMechanism(SpfTermKind kind, string term, int start, char qualifier, string name, int argStart)
        {
            string arg = term[argStart..];
            int argOffset = start + argStart;
            switch (kind)
            {
                case SpfTermKind.All:
                    if (arg.Length > 0)
                    {
                        Error(argOffset, arg.Length, $"'{term}': all takes no argument");
                    }

                    return new SpfTerm(kind, term, start, qualifier, name, null, argOffset);

                case SpfTermKind.Include:
                case SpfTermKind.Exists:
                    if (!arg.StartsWith(':'))
                    {
                        Error(start, term.Length, $"'{term}': {name.ToLowerInvariant()} needs a domain ({name.ToLowerInvariant()}:example.com)");
                        return new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, name, null, argOffset);
                    }

                    return DomainTerm(kind, term, start, qualifier, name, arg[1..], argOffset + 1, null, null);

                case SpfTermKind.Ptr:
                    if (arg.Length == 0)
                    {
                        return new SpfTerm(kind, term, start, qualifier, name, null, argOffset);
                    }

                    if (!arg.StartsWith(':'))
                    {
                        Error(argOffset, arg.Length, $"'{term}': ptr takes only a domain (ptr:example.com), no CIDR length");
                        return new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, name, null, argOffset);
                    }

                    return DomainTerm(kind, term, start, qualifier, name, arg[1..], argOffset + 1, null, null);

                case SpfTermKind.A:
                case SpfTermKind.Mx:
                {
                    string spec = arg.StartsWith(':') ? arg[1..] : string.Empty;
                    int specOffset = arg.StartsWith(':') ? argOffset + 1 : argOffset;
                    string cidr = arg.StartsWith(':') ? string.Empty : arg;
                    if (arg.StartsWith(':'))
                    {
                        int slash = IndexOfSlashOutsideMacros(spec);
                        if (slash >= 0)
                        {
                            cidr = spec[slash..];
                            spec = spec[..slash];
                        }
                    }

                    int cidrOffset = start + term.Length - cidr.Length;
                    if (!TryDualCidr(cidr, cidrOffset, term, out int? v4, out int? v6))
                    {
                        return new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, name, null, argOffset);
                    }

                    if (!arg.StartsWith(':'))
                    {
                        return new SpfTerm(kind, term, start, qualifier, name, null, argOffset) { Ip4Cidr = v4, Ip6Cidr = v6 };
                    }

                    return DomainTerm(kind, term, start, qualifier, name, spec, specOffset, v4, v6);
                }

                case SpfTermKind.Ip4:
                case SpfTermKind.Ip6:
                    return NetworkTerm(kind, term, start, qualifier, name, arg, argOffset);

                default:
                    throw new InvalidOperationException($"unexpected mechanism {kind}");
            }
        }

        private SpfTerm NetworkTerm(SpfTermKind kind, string term, int start, char qualifier, string name, string arg, int argOffset)
        {
            bool v4 = kind == SpfTermKind.Ip4;
            string example = v4 ? "ip4:192.0.2.0/24" : "ip6:2001:db8::/32";
            if (!arg.StartsWith(':') || arg.Length == 1)
            {
                Error(start, term.Length, $"'{term}': {name.ToLowerInvariant()} needs a network ({example})");
                return new SpfTerm(SpfTermKind.Invalid, term, start, qualifier, name, null, argOffset);
            }

            string network = arg[1..];
            int networkOffset = argOffset + 1;
            string? cidr = null;
            int slash = network.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                cidr = network[(slash + 1)..];
                network = network[..slash];
            }

            bool ok = true;
            if (!(v4 ? IsIp4Network(network) : IsIp6Network(network)))
            {
                string what = v4
                    ? "an IPv4 address in dotted-decimal form, four numbers 0-255 without leading zeros"
                    : "an IPv6 address (RFC 4291 §2.2)";
                Error(networkOffset, Math.Max(1, network.Length), $"'{term}': '{network}' is not {what}");
                ok = false;
            }

            int? length = null;
            if (cidr is not null)
            {
                int max = v4 ? 32 : 128;
                if (TryCidr(cidr, max, out int value))
                {
                    length = value;
                }
                else
                {
                    Error(networkOffset + slash, cidr.Length + 1, $"'{term}': '/{cidr}' is not a CIDR length from 0 to {max} (no leading zeros)");
                    ok = false;
                }
            }

            return new SpfTerm(ok ? kind : SpfTermKind.Invalid, term, start, qualifier, name, network, networkOffset)
            {
                Ip4Cidr = v4 ? length : null,
                Ip6Cidr = v4 ? null : length,
            };
        }

        private SpfTerm DomainTerm(SpfTermKind kind, string term, int start, char qualifier, string name, string spec, int specOffset, int? v4, int? v6)
        {
            var target = CheckDomainSpec(term, spec, specOffset, allowExplanationLetters: false, out bool ok);
            return new SpfTerm(ok ? kind : SpfTermKind.Invalid, term, start, qualifier, name, spec, specOffset)
            {
                Target = target,
                Ip4Cidr = v4,
                Ip6Cidr = v6,
            };
        }

        private void ParseModifier(string term, int start, int eq)
        {
            string name = term[..eq];
            string value = term[(eq + 1)..];
            int valueOffset = start + eq + 1;
            if (name.Equals("redirect", StringComparison.OrdinalIgnoreCase) || name.Equals("exp", StringComparison.OrdinalIgnoreCase))
            {
                var kind = name.Length == 3 ? SpfTermKind.Explanation : SpfTermKind.Redirect;
                var target = CheckDomainSpec(term, value, valueOffset, allowExplanationLetters: false, out bool ok);
                terms.Add(new SpfTerm(ok ? kind : SpfTermKind.Invalid, term, start, '\0', name, value, valueOffset) { Target = target });
                return;
            }

            // unknown-modifier = name "=" macro-string: the value may be empty, and only its macros have a syntax.
            bool valid = CheckMacroString(term, value, valueOffset, allowExplanationLetters: true);
            terms.Add(new SpfTerm(valid ? SpfTermKind.UnknownModifier : SpfTermKind.Invalid, term, start, '\0', name, value, valueOffset));
        }

        /// <summary>
        /// Checks <c>domain-spec = macro-string domain-end</c> (RFC 7208 §7.1); returns the name when the spec has no macro
        /// and is a valid domain name.
        /// </summary>
        private DomainName? CheckDomainSpec(string term, string spec, int offset, bool allowExplanationLetters, out bool ok)
        {
            ok = false;
            if (spec.Length == 0)
            {
                Error(Math.Max(0, offset - 1), 1, $"'{term}': the domain after '{text[Math.Max(0, offset - 1)]}' is empty");
                return null;
            }

            if (!CheckMacroString(term, spec, offset, allowExplanationLetters))
            {
                return null;
            }

            if (!EndsWithMacro(spec))
            {
                // domain-end = ( "." toplabel [ "." ] ): the literal tail after the last macro.
                string literal = spec.EndsWith('.') ? spec[..^1] : spec;
                int dot = literal.LastIndexOf('.');
                int lastMacro = LastMacroEnd(spec);
                string top = dot >= 0 ? literal[(dot + 1)..] : literal;
                if (dot < 0 || dot < lastMacro || !IsTopLabel(top))
                {
                    string why = dot < 0 || dot < lastMacro
                        ? "a domain must end in '.' and a top-level label, such as example.com"
                        : $"its last label '{top}' is not a top-level label (letters, digits and inner hyphens, not all digits)";
                    Error(offset, spec.Length, $"'{term}': '{spec}' is not a valid domain: {why} (RFC 7208 §7.1)");
                    return null;
                }
            }

            ok = true;
            if (spec.Contains('%', StringComparison.Ordinal))
            {
                return null;
            }

            var name = MakeName(spec, out string? error);
            if (name is null)
            {
                Error(offset, spec.Length, $"'{term}': '{spec}' is not a valid domain name: {error}");
                ok = false;
            }

            return name;
        }

        /// <summary>Checks the macros of a macro-string (RFC 7208 §7.1); other characters were checked already.</summary>
        private bool CheckMacroString(string term, string value, int offset, bool allowExplanationLetters)
        {
            bool ok = true;
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] != '%')
                {
                    continue;
                }

                if (i + 1 < value.Length && value[i + 1] is '%' or '_' or '-')
                {
                    i++;
                    continue;
                }

                if (i + 1 >= value.Length || value[i + 1] != '{')
                {
                    Error(offset + i, Math.Min(2, value.Length - i), $"'{term}': '%' starts a macro and must be followed by '{{', '%', '_' or '-' (write '%%' for a percent sign, RFC 7208 §7.1)");
                    ok = false;
                    continue;
                }

                int close = value.IndexOf('}', i + 2);
                if (close < 0)
                {
                    Error(offset + i, value.Length - i, $"'{term}': macro '{value[i..]}' is not closed with '}}'");
                    return false;
                }

                string body = value[(i + 2)..close];
                string? problem = CheckMacroBody(body, allowExplanationLetters);
                if (problem is not null)
                {
                    Error(offset + i, close - i + 1, $"'{term}': macro '%{{{body}}}' {problem} (RFC 7208 §7.1)");
                    ok = false;
                }

                i = close;
            }

            return ok;
        }

        /// <summary><c>macro-letter transformers *delimiter</c>; null when valid, else what is wrong.</summary>
        private static string? CheckMacroBody(string body, bool allowExplanationLetters)
        {
            if (body.Length == 0)
            {
                return "has no macro letter";
            }

            char letter = char.ToLowerInvariant(body[0]);
            if (!MacroLetters.Contains(letter, StringComparison.Ordinal))
            {
                return $"has the unknown letter '{body[0]}': expected one of s, l, o, d, i, p, h, v";
            }

            if (!allowExplanationLetters && ExplanationOnlyLetters.Contains(letter, StringComparison.Ordinal))
            {
                return $"uses '{body[0]}', which is allowed only in the explanation text an exp= record points at (RFC 7208 §7.2)";
            }

            int i = 1;
            int digits = i;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
            }

            if (i > digits && int.TryParse(body.AsSpan(digits, i - digits), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count == 0)
            {
                return "keeps 0 labels: a digit transformer must be nonzero";
            }

            if (i < body.Length && body[i] is 'r' or 'R')
            {
                i++;
            }

            for (; i < body.Length; i++)
            {
                if (!Delimiters.Contains(body[i], StringComparison.Ordinal))
                {
                    return $"has '{body[i]}' where a transformer (digits, 'r') or a delimiter (. - + , / _ =) belongs";
                }
            }

            return null;
        }

        private bool TryDualCidr(string cidr, int offset, string term, out int? v4, out int? v6)
        {
            v4 = null;
            v6 = null;
            if (cidr.Length == 0)
            {
                return true;
            }

            string rest = cidr;
            if (!rest.StartsWith("//", StringComparison.Ordinal))
            {
                // ip4-cidr-length = "/" 0-32
                int next = rest.IndexOf('/', 1);
                string four = next < 0 ? rest[1..] : rest[1..next];
                if (!TryCidr(four, 32, out int value))
                {
                    Error(offset, next < 0 ? rest.Length : next, $"'{term}': '/{four}' is not an IPv4 CIDR length from 0 to 32 (no leading zeros)");
                    return false;
                }

                v4 = value;
                rest = next < 0 ? string.Empty : rest[next..];
                offset += next < 0 ? 0 : next;
            }

            if (rest.Length == 0)
            {
                return true;
            }

            if (!rest.StartsWith("//", StringComparison.Ordinal) || !TryCidr(rest[2..], 128, out int six))
            {
                Error(offset, rest.Length, $"'{term}': '{rest}' is not an IPv6 CIDR length '//0' to '//128' (no leading zeros)");
                return false;
            }

            v6 = six;
            return true;
        }

        private static bool TryCidr(string digits, int max, out int value)
        {
            value = 0;
            if (digits.Length is 0 or > 3 || (digits.Length > 1 && digits[0] == '0'))
            {
                return false;
            }

            foreach (char c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return value <= max;
        }

        /// <summary><c>ip4-network = qnum "." qnum "." qnum "." qnum</c>, each 0–255 without leading zeros.</summary>
        private static bool IsIp4Network(string text)
        {
            var parts = text.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            foreach (var p in parts)
            {
                if (!TryCidr(p, 255, out _))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>ip6-network</c>: RFC 4291 §2.2 text (hex groups, <c>::</c>, an embedded IPv4 tail), nothing else.</summary>
        private static bool IsIp6Network(string text)
        {
            if (!text.Contains(':', StringComparison.Ordinal))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!(char.IsAsciiHexDigit(c) || c is ':' or '.'))
                {
                    return false;
                }
            }

            return IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        private static SpfTermKind? MechanismKind(string name) => name.ToLowerInvariant() switch
        {
            "all" => SpfTermKind.All,
            "include" => SpfTermKind.Include,
            "a" => SpfTermKind.A,
            "mx" => SpfTermKind.Mx,
            "ptr" => SpfTermKind.Ptr,
            "ip4" => SpfTermKind.Ip4,
            "ip6" => SpfTermKind.Ip6,
            "exists" => SpfTermKind.Exists,
            _ => null,
        };

        /// <summary><c>name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )</c>.</summary>
        private static bool IsModifierName(ReadOnlySpan<char> name)
        {
            if (name.IsEmpty || !char.IsAsciiLetter(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )</c>.</summary>
        private static bool IsTopLabel(string label)
        {
            if (label.Length == 0 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            bool letter = false;
            bool hyphen = false;
            foreach (char c in label)
            {
                if (char.IsAsciiLetter(c))
                {
                    letter = true;
                }
                else if (c == '-')
                {
                    hyphen = true;
                }
                else if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return letter || hyphen;
        }

        private static bool EndsWithMacro(string spec) =>
            spec.EndsWith('}') ||
            (spec.Length >= 2 && spec[^2] == '%' && spec[^1] is '%' or '_' or '-' && !IsEscapedPercent(spec, spec.Length - 2));

        /// <summary>Whether the '%' at <paramref name="index"/> is itself the second half of a "%%".</summary>
        private static bool IsEscapedPercent(string spec, int index)
        {
            int run = 0;
            for (int i = index - 1; i >= 0 && spec[i] == '%'; i--)
            {
                run++;
            }

            return run % 2 == 1;
        }

        /// <summary>The index just after the last macro-expand, or -1.</summary>
        private static int LastMacroEnd(string spec)
        {
            int end = -1;
            for (int i = 0; i < spec.Length; i++)
            {
                if (spec[i] != '%' || i + 1 >= spec.Length)
                {
                    continue;
                }

                if (spec[i + 1] == '{')
                {
                    int close = spec.IndexOf('}', i + 2);
                    if (close < 0)
                    {
                        break;
                    }

                    i = close;
                    end = close + 1;
                }
                else
                {
                    i++;
                    end = i + 1;
                }
            }

            return end - 1;
        }

        private static int IndexOfSlashOutsideMacros(string spec)
        {
            bool inMacro = false;
            for (int i = 0; i < spec.Length; i++)
            {
                char c = spec[i];
                if (inMacro)
                {
                    inMacro = c != '}';
                }
                else if (c == '%' && i + 1 < spec.Length && spec[i + 1] == '{')
                {
                    inMacro = true;
                    i++;
                }
                else if (c == '/')
                {
                    return i;
                }
            }

            return -1;
        }

        private static int IndexOfInvalidCharacter(string term)
        {
            for (int i = 0; i < term.Length; i++)
            {
                if (term[i] is < '!' or > '~')
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Describe(char c) =>
            c is >= '!' and <= '~' ? $"'{c}'" : string.Create(CultureInfo.InvariantCulture, $"0x{(int)c:X2}");

        /// <summary>A macro-free domain-spec as a name: labels of 1–63 octets, at most 255 octets in wire form.</summary>
        private static DomainName? MakeName(string spec, out string? error)
        {
            error = null;
            string body = spec.EndsWith('.') ? spec[..^1] : spec;
            var labels = body.Split('.');
            var wire = new List<byte>(body.Length + 2);
            foreach (var label in labels)
            {
                if (label.Length == 0)
                {
                    error = "it has an empty label";
                    return null;
                }

                if (label.Length > DomainName.MaxLabelLength)
                {
                    error = $"the label '{label}' is longer than 63 octets";
                    return null;
                }

                wire.Add((byte)label.Length);
                foreach (char c in label)
                {
                    wire.Add((byte)c);
                }
            }

            wire.Add(0);
            if (wire.Count > DomainName.MaxWireLength)
            {
                error = "it is longer than 255 octets";
                return null;
            }

            return new DomainName([.. wire]);
        }

        private void Error(int offset, int length, string message) => errors.Add(new SpfError(offset, Math.Max(1, length), message));
    }
}
