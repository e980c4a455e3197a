using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Grains.Aircraft;

/// <summary>A batch is accepted whole or not at all: one bad report refuses the batch before anything is applied.</summary>
internal static class PositionReportValidator
{
    public const int MaxBatch = 1000;

    public static void Validate(IReadOnlyList<PositionReport>? reports)
    {
        Validation.Require(reports is not null, "reports", "The batch is required.");
        Validation.Require(reports!.Count <= MaxBatch, "reports", $"At most {MaxBatch} reports per batch.");
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            var at = $"[{i}].";
            Validation.Require(r is not null, $"[{i}]", "A report is missing.");
            Validation.RequireText(r!.ReportId, at + "reportId", 100);
            Validation.RequireLatLon(r.Lat, r.Lon, at);
            Validation.Require(double.IsFinite(r.AltitudeM) && r.AltitudeM is >= -500 and <= 15000, at + "altitudeM", "Altitude must be between -500 and 15000 m.");
            Validation.Require(double.IsFinite(r.HeadingDeg) && r.HeadingDeg is >= 0 and <= 360, at + "headingDeg", "Heading must be between 0 and 360 degrees.");
            Validation.Require(double.IsFinite(r.SpeedKts) && r.SpeedKts is >= 0 and <= 1000, at + "speedKts", "Speed must be between 0 and 1000 kt.");
            Validation.Require(r.EnduranceRemainingMinutes is null || (double.IsFinite(r.EnduranceRemainingMinutes.Value) && r.EnduranceRemainingMinutes >= 0), at + "enduranceRemainingMinutes", "Remaining endurance cannot be negative.");
        }
    }
}
