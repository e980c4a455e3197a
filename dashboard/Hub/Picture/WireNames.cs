using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>An enum value as the contract spells it on the wire (its <see cref="JsonStringEnumMemberNameAttribute"/>), for both JSON and MessagePack.</summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of(Enum value) => Names.GetOrAdd(value, static v =>
    {
        var member = v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static);
        var name = member?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;
        return name ?? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString());
    });
}
