using ZoneLint.Model;

namespace ZoneLint.Tests.Model;

/// <summary><see cref="DomainName.ToString(DomainName?)"/>: relative to an origin (it read one octet past the labels and threw).</summary>
public class DomainNameRelativeFormTests
{
    [TestCase("www.example.com.", "example.com.", "www")]
    [TestCase("a.b.example.com.", "example.com.", "a.b")]
    [TestCase("a\\.b.example.com.", "example.com.", "a\\.b")]
    [TestCase("example.com.", "example.com.", "@")]
    [TestCase("WWW.Example.COM.", "example.com.", "WWW")]
    [TestCase("www.example.net.", "example.com.", "www.example.net.")]
    [TestCase("www.example.com.", ".", "www.example.com.")]
    public void Relative_form(string name, string origin, string expected) =>
        Assert.That(DomainName.Parse(name).ToString(DomainName.Parse(origin)), Is.EqualTo(expected));
}
