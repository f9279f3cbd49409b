using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// Zones of the shared corpus signed by real tools — BIND's dnssec-signzone (RSASHA1, NSEC3RSASHA1, ECDSAP256SHA256),
/// an old ldns signer, the 2017 root zone, the RFC 8976 uri.arpa example — checked at a time inside their signatures'
/// validity: the DNSSEC rules find exactly the problems they really have, which ldns-verify-zone confirms.
/// </summary>
public class DnssecVerificationCorpusTests
{
    private static readonly DateTimeOffset RootZoneTime = new(2017, 8, 25, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ParseResult> RootZone = new(() => Parse("other/root-zone/root.zone", "."));

    [TestCase("warn.deprecated.rsasha1.db", "2025-07-01")]
    [TestCase("warn.deprecated.nsec3rsasha1.db", "2025-07-01")]
    [TestCase("warn.deprecated.cds-sha1.db", "2025-07-03")]
    [TestCase("warn.deprecated.digest-sha1.db", "2025-07-03")]
    [TestCase("warn.deprecated.ds-alg.db", "2025-07-03")]
    public void Bind_signed_zones_verify_and_lack_only_a_SEP_key(string file, string now)
    {
        // dnssec-signzone signed these test zones with a single ZSK (flags 256): that is all there is to find.
        var findings = Findings(Parse("bind-checkzone/checkzone/zones/" + file, "example."), At(now));
        Assert.That(findings.Select(f => f.Split(' ')[1]), Is.EqualTo(new[] { "ZL8113" }), string.Join("\n", findings));
    }

    [Test]
    public void Bind_zone_with_a_KEY_record_verifies_its_signature_too()
    {
        // KEY is typed, so the signature over it is checked like any other; BIND signed with a ZSK only.
        var findings = Findings(Parse("bind-checkzone/checkzone/zones/warn.deprecated.key-alg.db", "example."), At("2025-07-03"));
        Assert.That(findings.Select(f => f.Split(' ')[1]), Is.EquivalentTo(new[] { "ZL8113" }));
    }

    [Test]
    public void Root_zone_of_2017_verifies_at_a_time_inside_its_signatures()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Findings(RootZone.Value, RootZoneTime);
        TestContext.Out.WriteLine($"root zone: {RootZone.Value.Zone.Records.Count} records linted in {watch.ElapsedMilliseconds} ms");
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Root_zone_today_has_only_expired_signatures()
    {
        // Every signed RRset of the root zone (2,950 RRSIGs, one per RRset) is bogus once its signature expired.
        var result = ZoneLinter.Default.Lint(RootZone.Value, LintOptions.Default with { Now = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var findings = SignedZones.DnssecFindings(result);
        Assert.That(findings.Select(d => d.Id).Distinct(), Is.EqualTo(new[] { "ZL8102" }));
        Assert.That(findings, Has.Count.EqualTo(2950));
        Assert.That(findings.Select(d => d.Message), Is.All.Contain("expired at 2017-09"));
    }

    [Test]
    public void Root_zone_with_a_changed_delegation_is_caught()
    {
        string path = Path.Combine(Repository.Corpus, "other", "root-zone", "root.zone");
        string text = File.ReadAllText(path);
        // The root zone spells this owner "COM." on its DS line and "com." elsewhere: case must not matter (RFC 4034 §6.2).
        var line = System.Text.RegularExpressions.Regex.Match(text, @"\nCOM\.\t+\d+\tIN\tDS\t[^\n]*");
        Assert.That(line.Success, Is.True);
        int digit = line.Index + line.Length - 1;
        string edited = string.Concat(text.AsSpan(0, digit), text[digit] == '0' ? "1" : "0", text.AsSpan(digit + 1));
        var parsed = ZoneParser.Parse(edited, ZoneParseOptions.Default with { Origin = DomainName.Root });
        var findings = Findings(parsed, RootZoneTime);
        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0], Does.Contain("ZL8102 the DS RRset at 'com.' has no valid signature").IgnoreCase);
    }

    [Test]
    public void Uri_arpa_example_has_its_ZONEMD_added_after_signing()
    {
        // RFC 8976 A.4 is signed, and its ZONEMD was added afterwards (ldns's test verifies it with -ZZZ: ZONEMD unsigned).
        var findings = Findings(Parse("other/ldns/25-ZONEMD/A.4.The-URI.ARPA-Zone", "uri.arpa."), new DateTimeOffset(2018, 10, 21, 20, 39, 28, TimeSpan.Zero));
        Assert.That(findings, Is.EqualTo(new[]
        {
            "44: ZL8132 NSEC at 'uri.arpa.' bit map omits ZONEMD, which the name has (expected: NS SOA MX RRSIG NSEC DNSKEY ZONEMD)",
            "135: ZL8101 the ZONEMD RRset at 'uri.arpa.' has no RRSIG: validators treat unsigned data in a signed zone as bogus",
        }));
    }

    [Test]
    public void Ldns_zonereader_zone_has_signatures_ldns_itself_calls_bogus()
    {
        // `ldns-verify-zone -t 20060101000000` on this file: "Bogus DNSSEC signature for jelte.nlnetlabs.nl. SOA" and so on.
        var parsed = Parse("other/ldns/08-zonereader/08-zonereader.inputzone", "jelte.nlnetlabs.nl.", allowParseError: "not valid A data");
        var result = ZoneLinter.Default.Lint(parsed, LintOptions.Default with { Now = At("2006-01-01") });
        var bogus = result.Diagnostics.Where(d => d.Id == "ZL8102").ToList();
        Assert.That(bogus, Has.Some.Matches<Diagnostic>(d => d.Location.Line == 1 && d.Message.Contains("the SOA RRset at 'jelte.nlnetlabs.nl.' has no valid signature", StringComparison.Ordinal)));
        Assert.That(bogus.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Error));
    }

    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static ParseResult Parse(string relative, string origin, string? allowParseError = null)
    {
        string path = Path.Combine(Repository.Corpus, relative);
        string directory = Path.GetDirectoryName(path)!;
        var parsed = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin), IncludeRoot = directory, IncludeBaseDirectory = directory });
        var errors = parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && (allowParseError is null || !d.Message.Contains(allowParseError, StringComparison.Ordinal)));
        Assert.That(errors.Select(d => d.ToString()), Is.Empty);
        return parsed;
    }

    private static List<string> Findings(ParseResult parsed, DateTimeOffset now) =>
        [.. SignedZones.DnssecFindings(ZoneLinter.Default.Lint(parsed, LintOptions.Default with { Now = now })).Select(d => $"{d.Location.Line}: {d.Id} {d.Message}")];
}
