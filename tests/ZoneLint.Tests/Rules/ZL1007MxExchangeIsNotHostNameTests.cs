using ZoneLint.Model;
using ZoneLint.Rules;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1007MxExchangeIsNotHostNameTests
{
    [Test]
    public void Reports_exchanges_outside_the_ldh_rule() => RuleTestHarness.Verify("ZL1007", """
        [|a|] MX 10 mail_server
        [|b|] MX 10 -mail
        [|c|] MX 10 mail-
        [|d|] MX 10 *.wild
        [|e|] MX 10 mx.123.
        [|f|] MX 10 m\.x.provider.example.
        """);

    [Test]
    public void Accepts_ldh_names_leading_digits_a_labels_and_the_null_mx() => RuleTestHarness.Verify("ZL1007", """
        a MX 10 mail
        b MX 10 1mail
        c MX 10 xn--bcher-kva.example.
        d MX 10 MX-1.Provider.Example.
        e MX 0 .
        f MX 10 192.0.2.1.
        """);

    [TestCase("mail.example.com.", true)]
    [TestCase("a.b-c.d1.", true)]
    [TestCase("123.example.", true)]
    [TestCase("_dmarc.example.", false)]
    [TestCase("a..", false)]
    [TestCase("-a.example.", false)]
    [TestCase("example.42.", false)]
    [TestCase(".", false)]
    public void IsValidHostName(string name, bool valid)
    {
        if (!DomainName.TryParse(name, null, out var parsed, out _))
        {
            Assert.That(valid, Is.False, "unparsable names are never valid");
            return;
        }

        Assert.That(HostNames.IsValidHostName(parsed), Is.EqualTo(valid));
    }
}
