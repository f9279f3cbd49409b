using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Tests.Model;

/// <summary>
/// A name's presentation form (RFC 1035 §5.1): labels joined by dots, a trailing dot when absolute, and the octets that
/// would be read otherwise escaped. Names without such octets take a path of their own; both paths are checked against
/// each other and against the parser.
/// </summary>
public class DomainNameTextTests
{
    [TestCase("www.example.com.", "www.example.com.")]
    [TestCase(".", ".")]
    [TestCase("WWW.Example.COM.", "WWW.Example.COM.")]
    [TestCase("_dmarc._report.x-1.example.", "_dmarc._report.x-1.example.")]
    [TestCase("*.example.", "*.example.")]
    [TestCase("a\\.b.example.", "a\\.b.example.")]
    [TestCase("back\\\\slash.example.", "back\\\\slash.example.")]
    [TestCase("\\\"q\\(p\\)\\;s\\@d\\$.example.", "\\\"q\\(p\\)\\;s\\@d\\$.example.")]
    [TestCase("\\032sp.example.", "\\032sp.example.")]
    [TestCase("\\255\\000\\127.bin.example.", "\\255\\000\\127.bin.example.")]
    [TestCase("\\065\\098c.example.", "Abc.example.")]
    public void Presentation_form(string text, string expected) =>
        Assert.That(DomainName.Parse(text).ToString(), Is.EqualTo(expected));

    [TestCase("a\\.b.www.example.com.", "example.com.", "a\\.b.www")]
    [TestCase("\\255x.example.com.", "example.com.", "\\255x")]
    [TestCase("x.y.example.com.", "Example.COM.", "x.y")]
    public void Relative_presentation_form(string text, string origin, string expected) =>
        Assert.That(DomainName.Parse(text).ToString(DomainName.Parse(origin)), Is.EqualTo(expected));

    [Test]
    public void Any_name_is_written_as_the_escaping_path_writes_it_and_reads_back_to_its_own_octets()
    {
        // Octets that are written as themselves, the ones escaped by name, and ones escaped as three digits.
        byte[] pool = [(byte)'a', (byte)'Z', (byte)'0', (byte)'-', (byte)'_', (byte)'*', (byte)'.', (byte)'\\', (byte)'"', (byte)'(', (byte)')', (byte)';', (byte)'@', (byte)'$', (byte)' ', 0, 9, 0x7F, 0x80, 0xFF];
        var plainLabel = Gen.Choose(1, 63).SelectMany(n => Gen.ArrayOf(Gen.Elements(pool[..5]), n));
        var anyLabel = Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(Gen.Elements(pool), n));
        var label = Gen.Frequency((3, plainLabel), (1, anyLabel));
        var wires = Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(label, n)).Select(Wire).Where(w => w.Length <= DomainName.MaxWireLength);
        Prop.ForAll(wires.ToArbitrary(), wire =>
        {
            var name = new DomainName(wire);
            var escaping = new StringBuilder();
            NameText.Format(wire, escaping);
            string text = name.ToString();
            return text == escaping.ToString() && DomainName.Parse(text).Wire.SequenceEqual(wire);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    private static byte[] Wire(byte[][] labels)
    {
        var wire = new List<byte>();
        foreach (var label in labels)
        {
            wire.Add((byte)label.Length);
            wire.AddRange(label);
        }

        wire.Add(0);
        return [.. wire];
    }
}
