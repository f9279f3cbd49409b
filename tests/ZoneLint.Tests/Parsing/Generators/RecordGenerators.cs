using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Model;

namespace ZoneLint.Tests.Parsing.Generators;

/// <summary>Marks a static property of <see cref="RecordGenerators"/> as the generator of valid RDATA for one type.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class RecordGeneratorAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}

/// <summary>
/// FsCheck generators of valid RDATA, one per typed record type, keyed by type. To add a type, add to any part of this
/// partial class (one file per family of types, such as <c>RecordGenerators.Dnssec.cs</c>) a static property
/// <c>[RecordGenerator("TYPE")] public static Gen&lt;RecordData&gt; Type =&gt; ...</c>; <see cref="ByType"/> finds it, and
/// <c>RoundTripProperties</c> fails for any type registered in <c>RecordCodecs</c> that has none.
/// Building blocks shared by the generators are below.
/// </summary>
internal static partial class RecordGenerators
{
    private static readonly Lazy<FrozenDictionary<RRType, Gen<RecordData>>> All = new(Discover);

    /// <summary>Every generator, keyed by the type it generates.</summary>
    public static FrozenDictionary<RRType, Gen<RecordData>> ByType => All.Value;

    private static FrozenDictionary<RRType, Gen<RecordData>> Discover()
    {
        var result = new Dictionary<RRType, Gen<RecordData>>();
        foreach (var property in typeof(RecordGenerators).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            var attribute = property.GetCustomAttribute<RecordGeneratorAttribute>();
            if (attribute is null)
            {
                continue;
            }

            if (!RRType.TryParse(attribute.Type, out var type))
            {
                throw new InvalidOperationException($"[RecordGenerator(\"{attribute.Type}\")] on {property.Name} is not a type.");
            }

            if (!result.TryAdd(type, (Gen<RecordData>)property.GetValue(null)!))
            {
                throw new InvalidOperationException($"Two generators for {type}.");
            }
        }

        return result.ToFrozenDictionary();
    }

    // ---- Building blocks ----

    public static Gen<byte> Byte => Gen.Choose(0, 255).Select(b => (byte)b);

    public static Gen<ushort> UInt16 => Gen.Frequency(
        (1, Gen.Elements<ushort>(0, 1, ushort.MaxValue)),
        (4, Gen.Choose(0, ushort.MaxValue).Select(v => (ushort)v)));

    public static Gen<uint> UInt32 => Gen.Frequency(
        (1, Gen.Elements(0u, 1u, uint.MaxValue, (uint)int.MaxValue)),
        (4, Gen.Choose(0, ushort.MaxValue).SelectMany(hi => Gen.Choose(0, ushort.MaxValue), (hi, lo) => ((uint)hi << 16) | (uint)lo)));

    /// <summary>Octets of a length from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Gen<ImmutableArray<byte>> Bytes(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Byte, n)).Select(ImmutableCollectionsMarshal.AsImmutableArray);

    /// <summary>Octets drawn mostly from printable ASCII, with some that need quoting or escapes.</summary>
    public static Gen<ImmutableArray<byte>> Text(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(TextByte, n)).Select(ImmutableCollectionsMarshal.AsImmutableArray);

    private static Gen<byte> TextByte => Gen.Frequency(
        (8, Gen.Choose(0x21, 0x7E).Select(b => (byte)b)),
        (2, Gen.Elements((byte)' ', (byte)'"', (byte)'\\', (byte)';', (byte)'(', (byte)')', (byte)'@', (byte)'$', (byte)'\t')),
        (1, Byte));

    /// <summary>A character-string (RFC 1035 §3.3): 0 to 255 octets, mostly short.</summary>
    public static Gen<ImmutableArray<byte>> CharacterString => Gen.Frequency((9, Text(0, 40)), (1, Text(200, 255)));

    /// <summary>ASCII letters and digits.</summary>
    public static Gen<ImmutableArray<byte>> Alphanumeric(int min, int max) =>
        Gen.Choose(min, max)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()).Select(c => (byte)c), n))
            .Select(ImmutableCollectionsMarshal.AsImmutableArray);

    /// <summary>An absolute name of up to four labels, mostly host-like, sometimes with octets that need escapes.</summary>
    public static Gen<DomainName> Name => Gen.Frequency(
        (1, Gen.Constant(DomainName.Root)),
        (9, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Label, n)).Select(ToName)));

    private static Gen<byte[]> Label => Gen.Frequency(
        (6, Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".ToCharArray()).Select(c => (byte)c), n))),
        (1, Gen.Elements("*"u8.ToArray(), "@"u8.ToArray(), "$x"u8.ToArray(), "a.b"u8.ToArray(), "\\"u8.ToArray(), "#"u8.ToArray(), "123"u8.ToArray())),
        (2, Gen.Choose(1, 10).SelectMany(n => Gen.ArrayOf(Byte, n))));

    private static DomainName ToName(byte[][] labels)
    {
        var wire = new List<byte>();
        foreach (var label in labels)
        {
            wire.Add((byte)label.Length);
            wire.AddRange(label);
        }

        wire.Add(0);
        return new DomainName([.. wire]);
    }
}
