using ZoneLint.Model;

namespace ZoneLint.Tests.Model;

public sealed class RRTypeTests
{
    [Test]
    public void Every_number_prints_as_its_mnemonic_or_TYPEnnn_and_parses_back_in_any_case()
    {
        int mnemonics = 0;
        for (int number = 0; number <= ushort.MaxValue; number++)
        {
            var type = new RRType((ushort)number);
            string text = type.ToString();
            if (type.HasMnemonic)
            {
                mnemonics++;
                Assert.That(text, Does.Not.StartWith("TYPE").And.Not.Empty, $"type {number}");
            }
            else
            {
                Assert.That(text, Is.EqualTo($"TYPE{number}"));
            }

            foreach (string spelling in new[] { text, text.ToLowerInvariant(), MixedCase(text) })
            {
                Assert.That(RRType.TryParse(spelling, out var parsed), Is.True, spelling);
                Assert.That(parsed.Value, Is.EqualTo(number), spelling);
            }
        }

        // The IANA registry as RRType lists it: 1-53, 55-68, 99-109, 128, 249-264, 32768 and 32769.
        Assert.That(mnemonics, Is.EqualTo(53 + 14 + 11 + 1 + 16 + 2));
    }

    [TestCase("A", 1)]
    [TestCase("nsap-ptr", 23)]
    [TestCase("Nsec3Param", 51)]
    [TestCase("CAA", 257)]
    [TestCase("ipn", 264)]
    [TestCase("TA", 32768)]
    [TestCase("dlv", 32769)]
    [TestCase("type65534", 65534)]
    public void Mnemonics_and_the_generic_form_parse_to_their_numbers(string text, int number)
    {
        Assert.That(RRType.TryParse(text, out var type), Is.True);
        Assert.That(type.Value, Is.EqualTo(number));
    }

    [TestCase("")]
    [TestCase("AA")]
    [TestCase("CNAMEX")]
    [TestCase("NSAP_PTR")]
    [TestCase("TYPE")]
    [TestCase("TYPE65536")]
    [TestCase("TYPE-1")]
    [TestCase("A ")]
    public void Other_words_are_not_types(string text)
    {
        Assert.That(RRType.TryParse(text, out _), Is.False);
    }

    private static string MixedCase(string text) =>
        string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
}
