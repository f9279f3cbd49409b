using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;
using ZoneLint.Tests.Parsing.Generators;

namespace ZoneLint.Tests.Parsing;

/// <summary>
/// Property tests over random valid records of every typed type: the presentation form a record prints parses back to
/// the same record (same RDATA octets, TTL and class), and so does its RFC 3597 form <c>\# length hex</c>.
/// Generators live in <see cref="RecordGenerators"/>, one per type.
/// </summary>
public class RoundTripProperties
{
    private const int TestsPerType = 200;

    private static readonly Gen<RRClass> Classes = Gen.Frequency((8, Gen.Constant(RRClass.IN)), (1, Gen.Constant(RRClass.CH)), (1, Gen.Constant(RRClass.HS)));

    private static readonly Gen<uint> Ttls = Gen.Frequency(
        (1, Gen.Elements(0u, 1u, (uint)int.MaxValue)),
        (4, Gen.Choose(0, int.MaxValue).Select(t => (uint)t)));

    public static IEnumerable<string> TypedTypes() => RecordCodecs.TypedTypes.Select(t => t.ToString()).Order(StringComparer.Ordinal);

    public static IEnumerable<string> GeneratedTypes() => RecordGenerators.ByType.Keys.Select(t => t.ToString()).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(TypedTypes))]
    public void EveryTypedTypeHasAGenerator(string type)
    {
        RRType.TryParse(type, out var rrType);
        Assert.That(RecordGenerators.ByType.ContainsKey(rrType), Is.True, $"{type} is registered in RecordCodecs but has no [RecordGenerator(\"{type}\")] in RecordGenerators");
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void GeneratorsMakeTheirOwnType(string type)
    {
        RRType.TryParse(type, out var rrType);
        Assert.That(RecordCodecs.TryGet(rrType, out _, out _), Is.True, $"{type} has a generator but no codec");
        foreach (var data in RecordGenerators.ByType[rrType].Sample(20, 20))
        {
            Assert.That(data.Type, Is.EqualTo(rrType));
        }
    }

    [TestCaseSource(nameof(GeneratedTypes))]
    public void PrintedRecordParsesBackEqual(string type) => Check(type, PrintedRecordParsesBack);

    [TestCaseSource(nameof(GeneratedTypes))]
    public void GenericFormParsesBackEqual(string type) => Check(type, GenericFormParsesBack);

    /// <summary>All types at once, through FsCheck.NUnit, for the shrinking report in one place.</summary>
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property AnyRecordPrintsAndParsesBack() =>
        Prop.ForAll(Records(Gen.OneOf(RecordGenerators.ByType.Values)).ToArbitrary(), record => PrintedRecordParsesBack(record) is null);

    private static void Check(string type, Func<ResourceRecord, string?> property)
    {
        RRType.TryParse(type, out var rrType);
        var records = Records(RecordGenerators.ByType[rrType]);
        var config = Config.QuickThrowOnFailure.WithMaxTest(TestsPerType).WithQuietOnSuccess(true);
        FsCheck.Check.One(config, Prop.ForAll(records.ToArbitrary(), record =>
        {
            string? failure = property(record);
            return Prop.Label(failure is null, failure ?? string.Empty);
        }));
    }

    private static Gen<ResourceRecord> Records(Gen<RecordData> data) =>
        from owner in RecordGenerators.Name
        from ttl in Ttls
        from recordClass in Classes
        from rdata in data
        select new ResourceRecord(owner, recordClass, ttl, hasExplicitTtl: true, rdata, default, default);

    /// <summary>Null when <paramref name="record"/> printed parses back to itself; otherwise what went wrong.</summary>
    private static string? PrintedRecordParsesBack(ResourceRecord record) => ParsesBack(record, record.ToString());

    private static string? GenericFormParsesBack(ResourceRecord record)
    {
        var wire = record.Data.ToWire();
        string text = $"{record.Owner} {record.Ttl} {record.Class} {record.Type} \\# {wire.Length} {Convert.ToHexString(wire)}";
        return ParsesBack(record, wire.Length == 0 ? text.TrimEnd() : text);
    }

    private static string? ParsesBack(ResourceRecord record, string text)
    {
        var result = ZoneParser.Parse(text + "\n", ZoneParseOptions.Default with { Class = record.Class });
        if (!result.Diagnostics.IsEmpty)
        {
            return $"'{text}' gave: {string.Join("; ", result.Diagnostics)}";
        }

        if (result.Zone.Records.Count != 1)
        {
            return $"'{text}' gave {result.Zone.Records.Count} records";
        }

        var parsed = result.Zone.Records[0];
        if (!parsed.Equals(record) || parsed.Ttl != record.Ttl || parsed.Class != record.Class || parsed.Data.GetType() != record.Data.GetType())
        {
            return $"'{text}' parsed as '{parsed}' ({parsed.Data.GetType().Name})";
        }

        // Equality ignores the case of names; the octets as written must survive too.
        if (!parsed.Data.ToWire().AsSpan().SequenceEqual(record.Data.ToWire()) || !parsed.Owner.Wire.SequenceEqual(record.Owner.Wire))
        {
            return $"'{text}' parsed as '{parsed}' with other octets";
        }

        return parsed.ToString() == record.ToString() ? null : $"'{text}' prints as '{parsed}' once parsed";
    }
}
