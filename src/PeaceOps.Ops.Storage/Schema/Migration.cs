namespace PeaceOps.Ops.Storage.Schema;

/// <summary>One numbered schema change, shipped as an embedded SQL script (Migrations/&lt;Provider&gt;/NNNN_name.sql).</summary>
public sealed record Migration(int Version, string Name, string Sql);
