namespace PeaceOps.Ops.Silo.Api;

/// <summary>
/// References to string-keyed grains of one interface, for endpoints called hundreds of times a second.
/// <c>IGrainFactory.GetGrain&lt;T&gt;(string)</c> resolves the interface's grain type on every call (custom attributes read
/// by reflection, the type name formatted), which was ~6% of the silo's CPU per position post (docs/performance/api.md).
/// That pair of types cannot change while the process runs, so it is resolved once and each reference is built from it.
/// </summary>
public sealed class StringKeyedGrains<TGrain>
    where TGrain : IGrainWithStringKey
{
    private readonly IGrainFactory _grains;
    private readonly GrainType _grainType;
    private readonly GrainInterfaceType _interfaceType;

    public StringKeyedGrains(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        var resolved = (GrainReference)(object)grains.GetGrain<TGrain>(nameof(StringKeyedGrains<TGrain>));
        _grainType = resolved.GrainId.Type;
        _interfaceType = resolved.InterfaceType;
    }

    /// <summary>The same reference <c>GetGrain&lt;TGrain&gt;(key)</c> gives.</summary>
    public TGrain Get(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return (TGrain)_grains.GetGrain(GrainId.Create(_grainType, IdSpan.Create(key)), _interfaceType);
    }
}
