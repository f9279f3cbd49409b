using ZoneLint.Model;
using ZoneLint.Rules.Soa;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6004SoaMailboxWithAtTests
{
    [Test]
    public void Reports_a_mailbox_with_an_at_sign()
    {
        var result = RuleTestHarness.Verify("ZL6004", """
            $ORIGIN example.com.
            $TTL 3600
            [|@|] SOA ns1 hostmaster@example.com. 1 7200 3600 1209600 3600
            @ NS ns1
            @ NS ns2
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL6004").Message, Does.Contain("write 'hostmaster.example.com.'"));
    }

    [Test]
    public void Accepts_a_mailbox_written_as_a_name() => RuleTestHarness.Verify("ZL6004", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 john\.doe.example.com. 1 7200 3600 1209600 3600
        @ NS ns1
        @ NS ns2
        """);

    [TestCase("hostmaster@example.com.", "hostmaster.example.com.")]
    [TestCase("john.doe@example.com.", "john\\.doe.example.com.")]
    [TestCase("admin@example.com.example.com.", "admin.example.com.example.com.")]
    public void Suggests_the_rfc_1035_spelling(string written, string expected) =>
        Assert.That(ZL6004SoaMailboxWithAt.Suggest(DomainName.Parse(written)), Is.EqualTo(expected));
}
