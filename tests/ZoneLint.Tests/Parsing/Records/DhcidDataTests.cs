using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class DhcidDataTests
{
    [TestCase("AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=", 2, 1, 32)]
    [TestCase("AAIBY2/AuCccgoJbsaxcQc9TUapptP69l OjxfNuVAA2kjEA=", 2, 1, 32)]
    [TestCase("AAEBOSD+XR3Os/0LozeXVqcNc7FwCfQdWL3b/NaiUDlW2No=", 1, 1, 32)]
    [TestCase("( AAABxLmlskllE0MVjd57zHcWmEH3pCQ6\n VytcKD//7es/deY= )", 0, 1, 32)]
    [TestCase("AAAB", 0, 1, 0)]
    public void Valid(string rdata, int identifierType, int digestType, int digestLength)
    {
        var dhcid = RdataAssert.Parse<DhcidData>("DHCID", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(dhcid.IdentifierType, Is.EqualTo(identifierType));
            Assert.That(dhcid.DigestType, Is.EqualTo(digestType));
            Assert.That(dhcid.Digest.Length, Is.EqualTo(digestLength));
            Assert.That(dhcid.Data, Has.Length.EqualTo(3 + digestLength));
        });
    }

    // bad-dhcid.db from BIND's checkzone tests: DHCID without data.
    [TestCase("@\t3600\tDHCID[|", "DHCID data was expected")]
    [TestCase("@ DHCID [|AAIBY2/AuCccgoJbsaxcQc9TUapptP69l OjxfNuVAA2kjEA", "DHCID data is not valid Base64")]
    [TestCase("@ DHCID [|AAI=", "DHCID data must hold at least 3 octets (a 2-octet identifier type, a 1-octet digest type, then the digest; RFC 4701 §3.3), found 2")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=", "000201636FC0B8271C82825BB1AC5C41CF5351AA69B4FEBD94E8F17CDB95000DA48C40")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("DHCID", text, hex);

    [TestCase("0002", "at least 3 octets")]
    public void GenericFormThatIsNotDhcidIsRefused(string hex, string message) => RdataAssert.GenericInvalid("DHCID", hex, message);

    [TestCase("AAIBY2/AuCccgoJbsaxcQc9TUapptP69l OjxfNuVAA2kjEA=", "AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("DHCID", rdata), Is.EqualTo(printed));
}
