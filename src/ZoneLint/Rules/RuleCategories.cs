namespace ZoneLint.Rules;

/// <summary>The rule categories, as named in <c>.editorconfig</c> (<c>zonelint_diagnostic.category-Mail.severity</c>).</summary>
internal static class RuleCategories
{
    public const string Mail = "Mail";
    public const string Spf = "SPF";
    public const string Dmarc = "DMARC";
    public const string Dkim = "DKIM";
    public const string Alias = "Alias";
    public const string Delegation = "Delegation";
    public const string Soa = "SOA";
    public const string Ttl = "TTL";
    public const string Records = "Records";
    public const string Dnssec = "DNSSEC";
}
