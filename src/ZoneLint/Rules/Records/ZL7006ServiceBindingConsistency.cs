using System.Collections.Immutable;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Records;

/// <summary>
/// The self-consistency checks RFC 9460 leaves to zone-file tools once every SvcParam is valid on its own (which the
/// parser enforces, with every key in <c>mandatory</c> present): <c>no-default-alpn</c> without <c>alpn</c> (§7.1.1);
/// automatically mandatory keys listed in <c>mandatory</c> (§8: "SHOULD NOT"); SvcParams on an AliasMode record
/// (§2.4.2: "SHOULD NOT"); an RRset that mixes the modes or has several AliasMode records (§2.4.1, §2.4.2); a
/// <c>dohpath</c> that is not a relative URI template with a <c>dns</c> variable (RFC 9461 §5.1); and, for SVCB at the
/// DNS service names <c>_dns</c> and <c>_PORT._dns</c> (RFC 9461 §3, §4.1), no <c>alpn</c>, or an HTTP protocol without
/// <c>dohpath</c>, which BIND's <c>named-checkzone</c> rejects as well. SHOULD-level findings are a step milder.
/// </summary>
[ZoneRule("ZL7006", "SVCB or HTTPS record is not self-consistent", "{0} at '{1}': {2}", RuleCategories.Records, DiagnosticSeverity.Error)]
internal sealed class ZL7006ServiceBindingConsistency : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Zone.NodesWith(RRType.SVCB))
        {
            CheckRRset(context, node.Get(RRType.SVCB), isHttps: false);
        }

        foreach (var node in context.Zone.NodesWith(RRType.HTTPS))
        {
            CheckRRset(context, node.Get(RRType.HTTPS), isHttps: true);
        }
    }

    private static void CheckRRset(RuleContext context, ReadOnlySpan<ResourceRecord> rrset, bool isHttps)
    {
        ResourceRecord? firstAlias = null;
        bool hasService = false;
        foreach (var record in rrset)
        {
            if (record.Data is not ServiceBindingData data)
            {
                continue;
            }

            if (data.IsAliasMode)
            {
                if (firstAlias is { } earlierAlias)
                {
                    Report(context, -1, record, [earlierAlias], "more than one AliasMode record (priority 0) in the RRset; clients pick one at random, so keep a single alias (RFC 9460 §2.4.2)");
                }

                firstAlias ??= record;
                if (data.Parameters.Length > 0)
                {
                    string keys = string.Join(", ", data.Parameters.Select(p => p.Key.ToString()));
                    Report(context, -1, record, [], $"AliasMode record (priority 0) has SvcParams ({keys}); AliasMode records should have none and clients ignore them (RFC 9460 §2.4.2)");
                }

                continue;
            }

            hasService = true;
            CheckServiceMode(context, record, data, isHttps);
        }

        if (firstAlias is { } alias && hasService)
        {
            foreach (var record in rrset)
            {
                if (record.Data is ServiceBindingData { IsAliasMode: false })
                {
                    Report(context, -1, record, [alias], "the RRset mixes AliasMode and ServiceMode records; clients ignore the ServiceMode ones when an AliasMode record is present (RFC 9460 §2.4.1)");
                    break;
                }
            }
        }
    }

    private static void CheckServiceMode(RuleContext context, ResourceRecord record, ServiceBindingData data, bool isHttps)
    {
        bool hasAlpn = data.Has(SvcParamKey.Alpn);
        bool dnsService = !isHttps && IsDnsServiceName(record.Owner);
        if (data.NoDefaultAlpn && !hasAlpn)
        {
            Report(context, 0, record, [], "no-default-alpn without alpn leaves the record with no protocol to use: when no-default-alpn is specified, alpn must be too (RFC 9460 §7.1.1)");
        }

        // Automatically mandatory: port and no-default-alpn for HTTPS (RFC 9460 §9), port for the DNS mapping (RFC 9461 §4.2).
        var automatic = isHttps ? new[] { SvcParamKey.Port, SvcParamKey.NoDefaultAlpn } : dnsService ? [SvcParamKey.Port] : [];
        var listed = data.MandatoryKeys.Where(k => Array.IndexOf(automatic, k) >= 0).Select(k => k.ToString()).ToList();
        if (listed.Count > 0)
        {
            Report(context, -1, record, [], $"mandatory lists {string.Join(" and ", listed)}, which {(listed.Count == 1 ? "is" : "are")} automatically mandatory for {(isHttps ? "HTTPS" : "the dns service")}; automatically mandatory keys should not appear in the list (RFC 9460 §8)");
        }

        if (data.DohPath is { } template && CheckDohPath(template) is { } problem)
        {
            Report(context, 0, record, [], $"dohpath \"{template}\" {problem} (RFC 9461 §5.1)");
        }

        if (!dnsService)
        {
            return;
        }

        if (!hasAlpn)
        {
            Report(context, 0, record, [], "SVCB for a DNS server has no alpn: clients treat the record as incompatible, as no protocol is named (RFC 9461 §4.1); add alpn=dot, doq, h2 or h3");
        }
        else if (data.DohPath is null && data.AlpnIds.FirstOrDefault(IsHttpProtocol) is { } http)
        {
            Report(context, 0, record, [], $"alpn names the HTTP protocol {http}, so the record offers DNS over HTTPS, but there is no dohpath; it must be present (RFC 9461 §5.1), such as dohpath=/dns-query{{?dns}}");
        }
    }

    /// <summary><c>_dns.&lt;name&gt;</c> or <c>_PORT._dns.&lt;name&gt;</c>: the Port-Prefix names of the DNS mapping (RFC 9461 §3).</summary>
    private static bool IsDnsServiceName(DomainName owner)
    {
        int labels = owner.LabelCount;
        if (labels >= 1 && Ascii.EqualsIgnoreCase(owner.GetLabel(0), "_dns"u8))
        {
            return true;
        }

        if (labels < 2 || !Ascii.EqualsIgnoreCase(owner.GetLabel(1), "_dns"u8))
        {
            return false;
        }

        var first = owner.GetLabel(0);
        return first.Length > 1 && first[0] == (byte)'_' && !first[1..].ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }

    /// <summary>
    /// Whether an ALPN id names an HTTP version (IANA "TLS Application-Layer Protocol Negotiation (ALPN) Protocol IDs").
    /// No registered id holds a comma, so an id that does (<c>alpn=h1\\,h2</c>: an escaped comma, one id) is read as
    /// the ids it separates, as BIND does: whoever wrote it meant h2 among them.
    /// </summary>
    private static bool IsHttpProtocol(string id) =>
        id.Split(',').Any(part => part is "http/0.9" or "http/1.0" or "http/1.1" or "h2" or "h2c" or "h3" || part.StartsWith("h3-", StringComparison.Ordinal));

    /// <summary>
    /// Why <paramref name="template"/> is not a relative URI template (RFC 6570) whose expansion is a path and which has a
    /// <c>dns</c> variable, or <see langword="null"/>.
    /// </summary>
    internal static string? CheckDohPath(string template)
    {
        if (!template.StartsWith('/'))
        {
            return "must be a relative URI template starting with '/' (the path on the server)";
        }

        bool hasDns = false;
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c == '}')
            {
                return "has a '}' that closes no expression";
            }

            if (c is ' ' or '"' or '<' or '>' or '\\' or '^' or '`' or '|' || char.IsControl(c))
            {
                return $"has '{c}', which a URI template may not contain outside an expression";
            }

            if (c != '{')
            {
                i++;
                continue;
            }

            int close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                return "has a '{' that is never closed";
            }

            string expression = template[(i + 1)..close];
            if (expression.Length > 0 && "+#./;?&".Contains(expression[0], StringComparison.Ordinal))
            {
                expression = expression[1..];
            }

            foreach (var spec in expression.Split(','))
            {
                string name = spec;
                int colon = spec.IndexOf(':', StringComparison.Ordinal);
                if (colon >= 0)
                {
                    name = spec[..colon];
                    string length = spec[(colon + 1)..];
                    if (length.Length is 0 or > 4 || !length.All(char.IsAsciiDigit) || length[0] == '0')
                    {
                        return $"has a bad prefix modifier in '{{{template[(i + 1)..close]}}}'";
                    }
                }
                else if (spec.EndsWith('*'))
                {
                    name = spec[..^1];
                }

                if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.' or '%'))
                {
                    return $"has '{{{template[(i + 1)..close]}}}', which is not a URI template expression (such as {{?dns}})";
                }

                hasDns |= name == "dns";
            }

            i = close + 1;
        }

        return hasDns ? null : "has no dns variable: the template must contain one, as in /dns-query{?dns}";
    }

    private static void Report(RuleContext context, int steps, ResourceRecord record, IEnumerable<ResourceRecord> related, string message)
    {
        var locations = related.Select(r => r.Location).Where(l => l.IsKnown).ToImmutableArray();
        context.ReportShifted(steps, record.Location, record.Owner, locations, record.Type, record.Owner, message);
    }
}
