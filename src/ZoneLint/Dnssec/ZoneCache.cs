using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ZoneLint.Model;

namespace ZoneLint.Dnssec;

/// <summary>
/// Work several DNSSEC rules share (hashing every name for NSEC3, ordering the chain), done once per zone and kept as
/// long as the zone lives. Only facts of the zone itself go here — nothing that depends on options, time or settings —
/// so a cached answer is right for every lint of the zone.
/// </summary>
/// <typeparam name="T">What is cached; annotated as <see cref="Lazy{T}"/> asks, so that a trimmed build (native AOT) keeps what it may need.</typeparam>
internal static class ZoneCache<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>
    where T : class
{
    private static readonly ConditionalWeakTable<Zone, Lazy<T>> Cache = [];

    public static T Get(Zone zone, Func<Zone, T> create) =>
        Cache.GetValue(zone, z => new Lazy<T>(() => create(z), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
