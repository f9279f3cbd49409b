using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// Zones signed at test time, and the edits tests make to them. The zone has the shapes DNSSEC rules care about: an
/// apex, hosts, a wildcard, names below empty non-terminals, an insecure delegation with glue and a secure one with DS.
/// Lints run at <see cref="TestSigner.DefaultNow"/>, inside the signer's default validity window.
/// </summary>
internal static class SignedZones
{
    public const string Origin = "example.com.";

    public const string Unsigned = """
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        @ NS ns1
        @ NS ns2
        @ MX 10 mail
        ns1 A 192.0.2.1
        ns2 A 192.0.2.2
        mail A 192.0.2.25
        www A 192.0.2.10
        www AAAA 2001:db8::10
        *.wild TXT "wildcard"
        deep.ent.sub TXT "below two empty non-terminals"
        child NS ns.child
        ns.child A 192.0.2.53
        secure NS ns1.example.net.
        secure DS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
        """;

    public static LintOptions Options { get; } = LintOptions.Default with { Now = TestSigner.DefaultNow };

    private static readonly Lazy<TestKey> Ksk13 = new(() => TestKey.Create(13, ksk: true));
    private static readonly Lazy<TestKey> Zsk13 = new(() => TestKey.Create(13));

    /// <summary>A KSK and a ZSK of algorithm 13, made once per run.</summary>
    public static TestKey[] EcdsaKeys => [Ksk13.Value, Zsk13.Value];

    /// <summary>The standard zone signed with NSEC and ECDSA P-256 keys.</summary>
    public static SignedText Nsec(TestSigner? signer = null, string? zone = null) =>
        new((signer ?? new TestSigner()).Sign(zone ?? Unsigned, Origin, EcdsaKeys));

    /// <summary>The standard zone signed with NSEC3.</summary>
    public static SignedText Nsec3(bool optOut = false, string? zone = null) =>
        new(new TestSigner { Denial = TestDenial.Nsec3, Nsec3Salt = [0xAB, 0xCD], Nsec3Iterations = 1, OptOut = optOut }.Sign(zone ?? Unsigned, Origin, EcdsaKeys));

    public static LintResult Lint(string text, LintOptions? options = null, ZoneLinter? linter = null) =>
        RuleTestHarness.Lint(text, options ?? Options, linter);

    /// <summary>The findings of the DNSSEC rules this branch adds (ZL81xx).</summary>
    public static List<Diagnostic> DnssecFindings(LintResult result) =>
        [.. result.Diagnostics.Where(d => d.Id.StartsWith("ZL81", StringComparison.Ordinal))];
}

/// <summary>A signed zone's text, one record per line, with the edits a test makes and the marks it expects findings at.</summary>
internal sealed class SignedText(string text)
{
    public string Text { get; private set; } = text;

    public string[] Lines => Text.Split('\n');

    /// <summary>Whether a line is a record of <paramref name="type"/> at <paramref name="owner"/> (an RRSIG when <paramref name="covered"/> is given).</summary>
    public static bool IsRecord(string line, string owner, string type, string? covered = null)
    {
        var f = line.Replace("[|", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return f.Length > 4 && string.Equals(f[0], owner, StringComparison.OrdinalIgnoreCase) && f[3] == type && (covered is null || f[4] == covered);
    }

    public SignedText Edit(Func<string, bool> line, Func<string, string> change)
    {
        int count = 0;
        Text = string.Join('\n', Lines.Select(l =>
        {
            if (!line(l))
            {
                return l;
            }

            count++;
            return change(l);
        }));
        Assert.That(count, Is.GreaterThan(0), "the edit matched no line");
        return this;
    }

    public SignedText Replace(string from, string to)
    {
        Assert.That(Text, Does.Contain(from));
        Text = Text.Replace(from, to, StringComparison.Ordinal);
        return this;
    }

    public SignedText Remove(Func<string, bool> line)
    {
        int before = Lines.Length;
        Text = string.Join('\n', Lines.Where(l => !line(l)));
        Assert.That(Lines.Length, Is.LessThan(before), "the removal matched no line");
        return this;
    }

    public SignedText Add(string record)
    {
        Text = Text.TrimEnd('\n') + "\n" + record + "\n";
        return this;
    }

    /// <summary>Marks where a finding must start: the beginning of each matching line.</summary>
    public SignedText Mark(Func<string, bool> line) => Edit(line, l => "[|" + l);

    /// <summary>Asserts <paramref name="ruleId"/> reports exactly at the marks.</summary>
    public LintResult Verify(string ruleId, LintOptions? options = null, ZoneLinter? linter = null) =>
        RuleTestHarness.Verify(ruleId, Text, options ?? SignedZones.Options, linter);

    public override string ToString() => Text;
}
