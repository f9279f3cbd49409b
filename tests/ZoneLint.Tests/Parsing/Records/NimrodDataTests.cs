using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>EID and NIMLOC (draft-ietf-nimrod-dns-01) are opaque hex; every case runs for both.</summary>
[TestFixture("EID", typeof(EidData))]
[TestFixture("NIMLOC", typeof(NimlocData))]
public class NimrodDataTests(string type, Type dataType)
{
    [TestCase("813F 4B7C DAB3 4217", "813F4B7CDAB34217")]
    [TestCase("( 3227 45\n 0A 01 00 34 )", "3227450A010034")]
    [TestCase("752341 59eac4 5780 0920", "75234159EAC457800920")]
    [TestCase("12 89 AB", "1289AB")]
    public void Valid(string rdata, string data)
    {
        var record = RdataAssert.ParseRecord(type, rdata);
        Assert.That(record.Data, Is.InstanceOf(dataType));
        Assert.That(Convert.ToHexString(((NimrodData)record.Data).Data.AsSpan()), Is.EqualTo(data));
    }

    // bad-eid.db from BIND's checkzone tests: EID without data.
    [TestCase("@\t{0}[|", "was expected")]
    [TestCase("@ {0} [|12 8 AB", "is not valid hexadecimal")]
    [TestCase("@ {0} [|GG", "is not valid hexadecimal")]
    public void Invalid(string markup, string message)
    {
        var d = RdataAssert.Invalid(string.Format(System.Globalization.CultureInfo.InvariantCulture, markup, type), "ZL0002", message);
        Assert.That(d.Message, Does.StartWith(type));
    }

    [TestCase("813F 4B7C DAB3 4217", "813F4B7CDAB34217")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [Test]
    public void EmptyGenericFormIsRefused() => RdataAssert.Invalid($"@ {type} [|\\# 0", "ZL0002", "empty");

    [TestCase("75 23 41 59ea c4", "75234159EAC4")]
    public void PrintsInUpperCaseAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
