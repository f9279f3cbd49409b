using System.Collections.Immutable;
using System.Text;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RDATA kept as raw octets (RFC 3597 §5): any type without a typed class here, written as <c>\# length hex</c>.
/// <see href="https://www.rfc-editor.org/rfc/rfc3597#section-5"/>
/// </summary>
public sealed class UnknownData : RecordData
{
    private readonly RRType type;

    /// <summary>Creates raw RDATA of a type that has no typed class here.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> has a typed class (such as <see cref="MxData"/>); use it, or <see cref="RecordData.FromWire"/>.</exception>
    public UnknownData(RRType type, ImmutableArray<byte> data)
    {
        if (RecordCodecs.TryGet(type, out _, out _))
        {
            throw new ArgumentException($"{type} RDATA has a typed class; build that, or decode wire data with RecordData.FromWire.", nameof(type));
        }

        this.type = type;
        Data = data.IsDefault ? [] : data;
    }

    /// <summary>The RDATA octets.</summary>
    public ImmutableArray<byte> Data { get; }

    /// <inheritdoc/>
    public override RRType Type => type;

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Data.AsSpan());

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append("\\# ").Append(Data.Length);
        if (Data.Length > 0)
        {
            builder.Append(' ');
            BinaryText.AppendHex(builder, Data.AsSpan());
        }
    }
}

/// <summary>
/// RDATA of a type that has a registered mnemonic but no typed parser here, kept as the presentation
/// tokens it was written with so the record still counts (for CNAME-and-other-data, duplicates and the like).
/// </summary>
public sealed class UnparsedData : RecordData
{
    private readonly RRType type;

    internal UnparsedData(RRType type, string text)
    {
        this.type = type;
        Text = text;
    }

    /// <summary>The RDATA as written, tokens separated by single spaces.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override RRType Type => type;

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        // Not the real wire form (no parser knows it); used for equality only, where the text stands in.
        var bytes = Encoding.UTF8.GetBytes(Text);
        writer.WriteBytes(bytes);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Text);
}
