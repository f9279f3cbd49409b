using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Fuzz;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// Properties over arbitrary text: random bytes, random sequences of zone-grammar tokens, and random mutations of
/// valid zones. For each, parsing and the whole lint return (no exception, no hang) and every location points inside
/// the input (<see cref="FuzzTarget"/> states the invariants; the fuzzer checks the same ones for longer).
/// </summary>
public class ParserPropertyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(400);

    /// <summary>Bytes that mean something to the tokenizer, often; any byte, sometimes.</summary>
    private static readonly Gen<byte> ZoneByte = Gen.Frequency(
        (3, Gen.Elements("\n\n\t  ();\"\\$@.0123456789abcAINSXT\r*#"u8.ToArray())),
        (1, Gen.Elements<byte>(0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF8, 0xFF)),
        (1, ArbMap.Default.GeneratorFor<byte>()));

    private static readonly Gen<string> Separator = Gen.Elements(" ", " ", "\t", "\n", "\n", "", "\n ", "\r\n");

    private static readonly Lazy<byte[][]> ValidZones = new(() =>
    [
        .. Directory.EnumerateFiles(Repository.Path("zones"), "*.zone").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        Encoding.UTF8.GetBytes(RuleTestHarness.Preamble + "www CNAME @\n@ MX 10 mail\nmail A 192.0.2.25\n_dmarc TXT \"v=DMARC1; p=reject\"\n"),
        Encoding.UTF8.GetBytes("$ORIGIN 2.0.192.in-addr.arpa.\n$TTL 1h\n@ SOA ns.example. h.example. ( 1 2h 1h 1w 5m )\n NS ns.example.\n$GENERATE 1-20 $ PTR host$.example.\n"),
    ]);

    [Test]
    public void Arbitrary_bytes() =>
        Check(Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()));

    [Test]
    public void Arbitrary_bytes_biased_to_the_zone_alphabet() =>
        Check(Gen.Sized(size => Gen.ArrayOf(ZoneByte, size * 4)));

    [Test]
    public void Arbitrary_strings() =>
        Check(ArbMap.Default.GeneratorFor<string>().Select(s => Encoding.UTF8.GetBytes(s ?? string.Empty)));

    [Test]
    public void Sequences_of_zone_grammar_tokens() =>
        Check(Gen.Sized(size => Gen.ListOf(Gen.Zip(Gen.Elements(Mutator.GrammarTokens.ToArray()), Separator), size))
            .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts.Select(p => p.Item1 + p.Item2)))));

    [Test]
    public void Records_built_from_grammar_tokens_after_a_valid_apex() =>
        Check(Gen.Sized(size => Gen.ListOf(
                Gen.ArrayOf(Gen.Elements(Mutator.GrammarTokens.ToArray()), 3).Select(t => $"n{t[0].Length} {t[0]} {t[1]} {t[2]}\n"),
                size))
            .Select(lines => Encoding.UTF8.GetBytes(RuleTestHarness.Preamble + string.Concat(lines))));

    [Test]
    public void Mutations_of_valid_zones() =>
        Check(Gen.Zip(Gen.Choose(0, int.MaxValue - 1), Gen.Choose(0, 1000)).Select(p =>
        {
            var zones = ValidZones.Value;
            var random = new Random(p.Item1);
            var mutator = new Mutator(random, maxLength: 64 * 1024);
            return mutator.Mutate(zones[p.Item2 % zones.Length], zones[random.Next(zones.Length)]);
        }));

    private static void Check(Gen<byte[]> inputs) =>
        Prop.ForAll(inputs.ToArbitrary(), input => Holds(input)).Check(Config);

    private static bool Holds(byte[] input)
    {
        var run = Task.Run(() => FuzzTarget.Run(input));
        if (!run.Wait(Timeout))
        {
            throw new AssertionException($"no result after {Timeout.TotalSeconds} s for: {Show(input)}");
        }

        if (run.Result is { } violation)
        {
            throw new AssertionException($"{violation.Message}\nfor: {Show(input)}");
        }

        return true;
    }

    private static string Show(byte[] input) => Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 2000)));
}
