using ZoneLint.Rules.Spf;

namespace ZoneLint.Tests.Rules.Parsers;

/// <summary>The SPF reader against RFC 7208 §12: tables of valid records, and of invalid ones with '^' before the error.</summary>
public class SpfRecordParserTests
{
    [TestCase("v=spf1")]
    [TestCase("v=spf1 -all")]
    [TestCase("v=spf1   a    mx   ")]
    [TestCase("v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.7 ip6:2001:db8::/32 ip6:::ffff:192.0.2.1 a mx -all")]
    [TestCase("v=spf1 a:mail.example.com/24//64 mx/28 a//64 mx:example.net//128 ~all")]
    [TestCase("v=spf1 include:_spf.google.com ~all")]
    [TestCase("v=spf1 include:example.com. -all")]
    [TestCase("v=spf1 exists:%{i}._spf.%{d} -all")]
    [TestCase("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d2} -all")]
    [TestCase("v=spf1 a:%{d}")]
    [TestCase("v=spf1 a:mx%%.example.com")]
    [TestCase("v=spf1 redirect=_spf.example.com")]
    [TestCase("v=spf1 exp=explain._spf.%{d} -all")]
    [TestCase("V=SPF1 INCLUDE:Example.COM Ip4:192.0.2.1 -ALL")]
    [TestCase("v=spf1 ptr ptr:example.com ?all")]
    [TestCase("v=spf1 foo=bar ra=postmaster rr=all -all")]
    [TestCase("v=spf1 x-custom.mod_1=%{c}%{r} -all")]
    [TestCase("v=spf1 a:example.1-2 -all")]
    public void Accepts(string text)
    {
        var spf = SpfRecord.Parse(text);
        Assert.That(spf.Errors.Select(e => $"{e.Offset}: {e.Message}"), Is.Empty);
        Assert.That(spf.Terms.ToArray().Select(t => t.Kind), Has.None.EqualTo(SpfTermKind.Invalid));
    }

    [TestCase("v=spf1 ^foo -all", "unknown mechanism 'foo'")]
    [TestCase("v=spf1 ^inlcude:example.com -all", "unknown mechanism 'inlcude'")]
    [TestCase("v=spf1 ip4:^192.0.2.256 -all", "'192.0.2.256' is not an IPv4 address")]
    [TestCase("v=spf1 ip4:^01.2.3.4", "without leading zeros")]
    [TestCase("v=spf1 ip4:^2001:db8::1", "is not an IPv4 address")]
    [TestCase("v=spf1 ip4:192.0.2.0^/33 -all", "'/33' is not a CIDR length from 0 to 32")]
    [TestCase("v=spf1 ip4:192.0.2.0^/024", "no leading zeros")]
    [TestCase("v=spf1 ip4:192.0.2.1^/", "'/' is not a CIDR length")]
    [TestCase("v=spf1 ^ip4 -all", "ip4 needs a network")]
    [TestCase("v=spf1 ip6:^2001:db8::g/32", "is not an IPv6 address")]
    [TestCase("v=spf1 ip6:2001:db8::^/129", "from 0 to 128")]
    [TestCase("v=spf1 ^include", "include needs a domain")]
    [TestCase("v=spf1 include^:", "the domain after ':' is empty")]
    [TestCase("v=spf1 include:^localhost -all", "must end in '.' and a top-level label")]
    [TestCase("v=spf1 include:^example.123 -all", "its last label '123' is not a top-level label")]
    [TestCase("v=spf1 a:^example..com", "empty label")]
    [TestCase("v=spf1 a:^aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", "longer than 63 octets")]
    [TestCase("v=spf1 exists:^%{x}.example.com", "unknown letter 'x'")]
    [TestCase("v=spf1 exists:^%{c}.example.com", "allowed only in the explanation text")]
    [TestCase("v=spf1 exists:^%{i0}.example.com", "must be nonzero")]
    [TestCase("v=spf1 exists:^%{i*}.example.com", "where a transformer")]
    [TestCase("v=spf1 exists:^%{i.example.com", "is not closed")]
    [TestCase("v=spf1 a:^%example.com", "'%' starts a macro")]
    [TestCase("v=spf1 exists:^%{d}com", "must end in '.'")]
    [TestCase("v=spf1 redirect=a.example.com ^redirect=b.example.com", "second 'redirect' modifier")]
    [TestCase("v=spf1 exp=a.example.com -all ^exp=b.example.com", "second 'exp' modifier")]
    [TestCase("v=spf1 ^-redirect=a.example.com", "cannot take a qualifier")]
    [TestCase("v=spf1 ^+", "qualifier '+' without a mechanism")]
    [TestCase("v=spf1 all^:x", "all takes no argument")]
    [TestCase("v=spf1 ptr^/24", "ptr takes only a domain")]
    [TestCase("v=spf1 a^/33", "'/33' is not an IPv4 CIDR length")]
    [TestCase("v=spf1 a/24^/64", "'/64' is not an IPv6 CIDR length")]
    [TestCase("v=spf1 mx^//129", "'//129' is not an IPv6 CIDR length")]
    [TestCase("v=spf1 a^\tmx", "the character 0x09")]
    [TestCase("v=spf1 include:caf^\u00e9.example", "the character 0xE9")]
    [TestCase("v=spf1 exp^=", "the domain after '=' is empty")]
    [TestCase("^v=spf1include:example.com", "a space must follow it")]
    [TestCase("^spf1 -all", "starts with 'v=spf1'")]
    public void Rejects_at_the_offending_position(string marked, string message)
    {
        int expected = marked.IndexOf('^', StringComparison.Ordinal);
        string text = marked.Remove(expected, 1);
        var spf = SpfRecord.Parse(text);
        Assert.That(spf.Errors, Is.Not.Empty, text);
        Assert.That(spf.Errors[0].Offset, Is.EqualTo(expected), spf.Errors[0].Message);
        Assert.That(spf.Errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void Reports_every_error_of_a_record_and_keeps_the_readable_terms()
    {
        var spf = SpfRecord.Parse("v=spf1 ip4:300.1.1.1 mx frob ~all");
        Assert.That(spf.Errors.Select(e => e.Offset), Is.EqualTo(new[] { 11, 24 }));
        Assert.That(spf.Terms.ToArray().Select(t => t.Kind), Is.EqualTo(new[] { SpfTermKind.Invalid, SpfTermKind.Mx, SpfTermKind.Invalid, SpfTermKind.All }));
    }

    [Test]
    public void Records_terms_with_positions_qualifiers_targets_and_cidr_lengths()
    {
        const string text = "v=spf1 a mx:Mail.Example.com/24//64 ip6:2001:db8::/48 ~include:_spf.%{d} -all redirect=x.example";
        var spf = SpfRecord.Parse(text);
        var t = spf.Terms.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(t.Select(x => x.Offset), Is.EqualTo(t.Select(x => text.IndexOf(" " + x.Text, StringComparison.Ordinal) + 1)));
            Assert.That(t.Select(x => x.Text), Is.EqualTo(text.Split(' ').Skip(1)));
            Assert.That(t.Select(x => x.Kind), Is.EqualTo(new[] { SpfTermKind.A, SpfTermKind.Mx, SpfTermKind.Ip6, SpfTermKind.Include, SpfTermKind.All, SpfTermKind.Redirect }));
            Assert.That(t.Select(x => x.EffectiveQualifier), Is.EqualTo(new[] { '+', '+', '+', '~', '-', '+' }));
            Assert.That(t[0].DomainSpec, Is.Null);
            Assert.That(t[1].Target?.ToString(), Is.EqualTo("Mail.Example.com."));
            Assert.That(t[1].DomainSpecOffset, Is.EqualTo(text.IndexOf("Mail", StringComparison.Ordinal)));
            Assert.That((t[1].Ip4Cidr, t[1].Ip6Cidr), Is.EqualTo(((int?)24, (int?)64)));
            Assert.That((t[2].DomainSpec, t[2].Ip6Cidr), Is.EqualTo(("2001:db8::", (int?)48)));
            Assert.That((t[3].HasMacro, t[3].Target), Is.EqualTo((true, (ZoneLint.Model.DomainName?)null)));
            Assert.That(t[5].Target?.ToString(), Is.EqualTo("x.example."));
            Assert.That(spf.HasAll, Is.True);
            Assert.That(spf.EffectiveRedirect, Is.Null, "a redirect beside all is ignored (RFC 7208 §6.1)");
        });
    }

    [Test]
    public void Counts_only_dns_querying_terms_as_lookups()
    {
        var spf = SpfRecord.Parse("v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 a mx ptr exists:x.example include:y.example exp=z.example all redirect=r.example");
        Assert.That(spf.Terms.ToArray().Where(t => t.CausesLookup).Select(t => t.Name), Is.EqualTo(new[] { "a", "mx", "ptr", "exists", "include", "redirect" }));
    }

    [TestCase("v=spf1", true)]
    [TestCase("v=spf1 -all", true)]
    [TestCase("V=SPF1 -all", true)]
    [TestCase("v=spf1-all", false)]
    [TestCase("v=spf10 -all", false)]
    [TestCase("v=spf2.0/pra -all", false)]
    [TestCase(" v=spf1 -all", false)]
    [TestCase("google-site-verification=abc", false)]
    public void Recognizes_spf_records_as_receivers_do(string text, bool isSpf) =>
        Assert.That(SpfRecord.IsSpf(text), Is.EqualTo(isSpf));
}
