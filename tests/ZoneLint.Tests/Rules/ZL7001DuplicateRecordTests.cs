using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7001DuplicateRecordTests
{
    [Test]
    public void Reports_later_copies_with_the_first_as_related()
    {
        var result = RuleTestHarness.Verify("ZL7001", """
            www A 192.0.2.1
            [|www|] A 192.0.2.1
            mx MX 10 mail.example.com.
            [|mx|] MX 10 MAIL.Example.COM.
            big TXT "a"
            big TXT "b"
            [|big|] TXT "a"
            big TXT "c"
            [|big|] TXT "a"
            """);
        var copies = result.Diagnostics.Where(d => d.Id == "ZL7001").OrderBy(d => d.Location.Line).ToList();
        Assert.That(copies.Select(d => d.AdditionalLocations.Single().Line), Is.EqualTo(new[] { 8, 10, 12, 12 }));
        Assert.That(copies[0].Message, Does.Contain("duplicate A record at 'www.example.com.'").And.Contain("line 8"));
    }

    [Test]
    public void Accepts_records_that_differ_in_data_or_text_case() => RuleTestHarness.Verify("ZL7001", """
        www A 192.0.2.1
        www A 192.0.2.2
        www AAAA 2001:db8::1
        txt TXT "Hello"
        txt TXT "hello"
        mx MX 10 mail.example.com.
        mx MX 20 mail.example.com.
        """);

    [Test]
    public void Finds_duplicates_in_a_large_rrset_in_linear_time()
    {
        var lines = Enumerable.Range(0, 20000).Select(i => $"big TXT \"value {i}\"").Append("big TXT \"value 123\"");
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(string.Join("\n", lines) + "\n"));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL7001").Select(d => d.Location.Line), Is.EqualTo(new[] { 20008 }));
    }
}
