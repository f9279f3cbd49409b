using ZoneLint.Model;
using ZoneLint.Rules;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7002InvalidHostNameTests
{
    [Test]
    public void Reports_address_and_mx_owners_that_are_not_host_names() => RuleTestHarness.Verify("ZL7002", """
        [|xx_xx|] A 192.0.2.1
        [|-bad|] AAAA 2001:db8::1
        [|bad-|] A 192.0.2.2
        [|mail_1|] MX 10 mx.provider.example.
        [|foo.*|] A 192.0.2.3
        [|gc._msdcs|] MX 10 mx.provider.example.
        [|gc._msdcs.bad_forest|] A 192.0.2.4
        [|both_|] A 192.0.2.5
        [|both_|] MX 10 mx.provider.example.
        [|a._spf|] MX 10 mx.provider.example.
        """);

    [Test]
    public void Accepts_host_names_wildcards_and_service_labels_on_other_types() => RuleTestHarness.Verify("ZL7002", """
        www A 192.0.2.1
        3com A 192.0.2.2
        xn--bcher-kva AAAA 2001:db8::2
        *.wild A 192.0.2.3
        *.wild MX 10 mx.provider.example.
        gc._msdcs A 192.0.2.4
        a._spf A 192.0.2.5
        1.2.3.4._SPF_Rate AAAA 2001:db8::6
        a._spf_verify A 192.0.2.7
        _dmarc TXT "v=DMARC1; p=none"
        selector._domainkey TXT "v=DKIM1; p="
        _sip._tcp TXT "not an address owner"
        """);

    [Test]
    public void Message_says_what_is_wrong()
    {
        var result = RuleTestHarness.Verify("ZL7002", """
            [|xx_xx|] A 192.0.2.1
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL7002").Message, Does.Contain("label 'xx_xx' contains '_'"));
    }

    [TestCase("www.example.com.", false, true)]
    [TestCase("3com.example.", false, true)]
    [TestCase("*.example.com.", true, true)]
    [TestCase("*.example.com.", false, false)]
    [TestCase("a.*.example.com.", true, false)]
    [TestCase("under_score.example.", false, false)]
    [TestCase("-lead.example.", false, false)]
    [TestCase("trail-.example.", false, false)]
    [TestCase("in-side.example.", false, true)]
    [TestCase("sp\\032ace.example.", false, false)]
    [TestCase(".", false, false)]
    public void Validates_host_names(string name, bool allowWildcard, bool valid) =>
        Assert.That(HostNames.IsValidHostName(DomainName.Parse(name), allowWildcard), Is.EqualTo(valid));
}
